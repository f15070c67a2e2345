import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@pixel-patrol/cli';
import { describe, expect, it } from 'vitest';

const CONTAINER = fileURLToPath(new URL('../../../fixtures/police-site-static/gtm/GTM-NSP7Q2K.json', import.meta.url));

async function scan(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-gtm-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  let stdout = '';
  let stderr = '';
  const code = await main({ argv: ['scan', '.'], cwd: dir, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

describe('pixel-patrol scan with a GTM container export', () => {
  const config = JSON.stringify({ sensitive: { routes: ['/report/**'] } });
  const page = '<!DOCTYPE html><html><head><title>Report</title></head><body></body></html>';

  it('exits 2 with file:line:col when the export is truncated, instead of passing unchecked', async () => {
    const truncated = readFileSync(CONTAINER, 'utf8').slice(0, 1200);
    const { code, stdout, stderr } = await scan({ 'pixel-patrol.config.json': config, 'report/index.html': page, 'gtm/container.json': truncated });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^pixel-patrol: gtm\/container\.json:\d+:\d+: GTM container export is not valid JSON \(\w+\); fix or re-export it/);
    expect(stderr).not.toContain('internal error');
  });

  it('reports the container’s tags at their place in the export and exits 1; the TikTok tag is blocked on /report', async () => {
    const { code, stdout } = await scan({ 'pixel-patrol.config.json': config, 'report/index.html': page, 'gtm/container.json': readFileSync(CONTAINER, 'utf8') });
    expect(code).toBe(1);
    expect(stdout).toContain('gtm/container.json\n  40:379  error  Meta Pixel is loaded and may run on any route');
    expect(stdout).not.toContain('TikTok');
  });
});
