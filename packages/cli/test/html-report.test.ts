import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIN_SITE, project } from './helpers/project.js';
import { run } from './helpers/run.js';

// Debian's chromium, installed by .ci/run; playwright never downloads a browser here.
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

interface JsonReport {
  findings: Array<{ fingerprint: string; message: string; file: string; line: number; column: number }>;
}

describe('html report in headless Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(LAUNCH);
  }, 60_000);
  afterAll(async () => {
    await browser.close();
  });

  async function open(fixture: string) {
    const dir = mkdtempSync(join(tmpdir(), 'pp-html-'));
    const file = join(dir, 'report.html');
    const html = await run(['scan', `fixtures/${fixture}`, '--format', 'html', '--output-file', file]);
    expect(html.stderr).toBe('');
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems };
  }

  it('loads with no console errors and shows every finding with its code', async () => {
    const { page, problems } = await open('police-site-static');
    const report = JSON.parse((await run(['scan', 'fixtures/police-site-static', '--format', 'json'])).stdout) as JsonReport;
    expect(report.findings).toHaveLength(29);
    for (const f of report.findings) {
      const article = page.locator(`article[data-fingerprint="${f.fingerprint}"]`).first();
      expect(await article.isVisible()).toBe(true);
      expect(await article.locator('h4').innerText()).toContain(f.message);
      expect(await article.locator('.meta code').first().innerText()).toBe(`${f.file}:${f.line}:${f.column}`);
      expect(await article.locator('pre.frame span.hit').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('section.route h3').allInnerTexts()).toEqual([
      // The GTM container no page is known to load is assumed site-wide.
      'Sensitive route /**',
      'Sensitive route /advice/stalking/',
      'Sensitive route /report/',
      'Sensitive route /report/domestic-abuse/',
      'Sensitive route /report/sexual-offence/',
    ]);
    const frame = await page.locator('article[data-fingerprint] pre.frame').first().innerText();
    expect(frame).toContain("document,'script','https://connect.facebook.net/en_GB/fbevents.js');");
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a clean verdict and the allowed tracker inventory on the fixed twin', async () => {
    const { page, problems } = await open('police-site-static-fixed');
    expect(await page.locator('.verdict').innerText()).toBe('No trackers on sensitive routes (10 files checked)');
    expect(await page.locator('article.finding').count()).toBe(0);
    expect(await page.locator('#inventory + table tbody tr', { hasText: 'meta-pixel' }).innerText()).toContain('/careers/');
    expect(await page.locator('#exceptions + table tbody tr').innerText()).toContain('DPIA-2026-014');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('spells out the reach chain of a shared script', async () => {
    const dir = project(CHAIN_SITE);
    const out = join(dir, 'report.html');
    expect((await run(['.', '--format', 'html', '--output-file', out], { cwd: dir })).code).toBe(1);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(out).href);
    expect(await page.locator('article.finding ol.chain li').allInnerTexts()).toEqual([
      'the evidence is in js/pixel.js',
      'loaded by <script src> in report/index.html:2:1',
      'which serves /report/',
    ]);
    await page.close();
  });

  it('escapes hostile text from scanned files so it never becomes markup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-html-xss-'));
    writeFileSync(join(dir, 'pixel-patrol.config.json'), '{"sensitive": {"routes": ["/**"]}}');
    writeFileSync(join(dir, 'tracking.js'), "fbq('init', '1'); // </pre><script>alert(1)</script><img src=x onerror=alert(2)>\n");
    const out = join(dir, 'report.html');
    expect((await run(['scan', dir, '--format', 'html', '--output-file', out])).code).toBe(1);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(out).href);
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('pre.frame').first().innerText()).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('writes JUnit XML that a browser XML parser accepts', async () => {
    const page = await browser.newPage();
    for (const fixture of ['police-site-static', 'police-site-static-fixed']) {
      const xml = (await run(['scan', `fixtures/${fixture}`, '--format', 'junit'])).stdout;
      const errors = await page.evaluate((text) => {
        // Runs in the page, where DOMParser exists; Node's types do not know it.
        const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(s: string, type: string): { getElementsByTagName(name: string): { length: number } } } };
        return new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length;
      }, xml);
      expect(errors).toBe(0);
    }
    await page.close();
  });
});
