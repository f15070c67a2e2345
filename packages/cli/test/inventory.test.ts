import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITE, write } from './helpers/git-site.js';
import { runCli } from './helpers/run-cli.js';

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-inv-'));
  for (const [file, text] of Object.entries(SITE)) write(dir, file, text);
  write(dir, 'js/orphan.js', "window.fbq && fbq('trackCustom', 'Orphan<Event>');\n");
  return dir;
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const REPORT = ['sensitive.routes "/report/**"'];

describe('pixel-patrol inventory', () => {
  it('lists every tracker, its evidence and every route it reaches, sensitive or not', async () => {
    const dir = site();
    const run = await runCli(['inventory', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const inv = JSON.parse(run.stdout) as { trackers: Array<{ id: string; detections: Array<{ file: string; line: number; kind: string }>; routes: unknown[] }>; routes: unknown[] };
    expect(inv.trackers.map((t) => t.id)).toEqual(['meta-pixel']);
    expect(inv.trackers[0]!.detections.map((d) => `${d.file}:${d.line} ${d.kind}`)).toEqual([
      'js/orphan.js:1 event',
      'js/pixel.js:1 load',
      'js/pixel.js:2 init',
      'report/index.html:5 event',
    ]);
    expect(inv.trackers[0]!.routes).toEqual([
      { route: '/', owner: 'index.html', sensitive: [], proof: 'js/pixel.js ← index.html (page /)' },
      { route: '/**', owner: 'js/orphan.js', sensitive: [], proof: 'js/orphan.js (no route is known for this file, so it is assumed to run site-wide)' },
      { route: '/report/', owner: 'report/index.html', sensitive: REPORT, proof: 'js/pixel.js ← report/index.html (page /report/)' },
      { route: '/report/', owner: 'report/index.html', sensitive: REPORT, proof: 'report/index.html (page /report/)' },
    ]);
    expect(inv.routes).toEqual([
      { route: '/', owner: 'index.html', sensitive: [], trackers: ['meta-pixel'] },
      { route: '/contact/', owner: 'contact/index.html', sensitive: [], trackers: [] },
      { route: '/report/', owner: 'report/index.html', sensitive: REPORT, trackers: ['meta-pixel'] },
    ]);
  });

  it('shows which allow entry covers a tracker on a route, with its reason', async () => {
    const { stdout } = await runCli(['inventory', 'fixtures/police-site-static', '-f', 'json'], REPO);
    const trackers = (JSON.parse(stdout) as { trackers: Array<{ id: string; routes: Array<{ route: string; allowed?: string }> }> }).trackers;
    const routes = trackers.find((t) => t.id === 'meta-pixel')!.routes;
    expect(routes.filter((r) => r.allowed !== undefined)).toEqual([
      { route: '/careers/', owner: 'careers/index.html', sensitive: [], allowed: 'Recruitment campaign measurement, agreed with the DPO (DPIA-2026-014).', proof: 'careers/index.html (page /careers/)' },
    ]);
  });

  it('renders Markdown for a DPIA annex', async () => {
    const { code, stdout } = await runCli(['inventory', '.'], site());
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 11)).toEqual([
      '# Tracker inventory',
      '',
      'Project `.`: 1 tracker found, 3 routes mapped, 1 sensitive route reached by a tracker.',
      '',
      '## Meta Pixel (`meta-pixel`)',
      '',
      'Vendor: Meta. Category: advertising. Runs on 3 routes, 1 of them sensitive.',
      '',
      '| route | sensitive | allowed by config | how the code reaches it |',
      '|---|---|---|---|',
      '| `/` | no | — | `js/pixel.js ← index.html (page /)` |',
    ]);
    expect(lines).toContain('| `/report/` | **yes**: sensitive.routes "/report/**" | — | `js/pixel.js ← report/index.html (page /report/)` |');
    expect(lines).toContain('| `/contact/` | `contact/index.html` | no | — |');
  });

  it('renders one self-contained, escaped HTML page', async () => {
    const dir = site();
    const { code } = await runCli(['inventory', '-f', 'html', '-o', 'inventory.html'], dir);
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'inventory.html'), 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<(?:script|link)\b|src=|https?:\/\/(?!connect\.facebook\.net)/);
    expect(html).toContain('<code>fbq(&#39;trackCustom&#39;, &#39;Orphan&lt;Event&gt;&#39;)</code>');
    expect(html).toContain('<tr><td><code>/report/</code></td><td class="sensitive">yes: sensitive.routes &quot;/report/**&quot;</td><td>—</td><td><code>js/pixel.js ← report/index.html (page /report/)</code></td></tr>');
  });

  it('exits 2 on a bad format or a missing path', async () => {
    expect((await runCli(['inventory', '-f', 'pdf'], site())).code).toBe(2);
    expect(await runCli(['inventory', 'nowhere'], site())).toEqual({ code: 2, stdout: '', stderr: 'pixel-patrol: path not found: nowhere\n' });
  });
});
