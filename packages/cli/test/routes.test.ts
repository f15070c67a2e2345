import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@pixel-patrol/cli';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(REPO, 'fixtures');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd: REPO, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

const cases = readdirSync(FIXTURES)
  .filter((d) => existsSync(join(FIXTURES, d, 'expected-routes.txt')))
  .sort();

describe('pixel-patrol routes', () => {
  it('has route maps to check', () => {
    expect(cases).toEqual(expect.arrayContaining(['next-app-router-site-wide-pixel', 'next-pages-router-app-pixel', 'sveltekit-layout-pixel', 'vite-react-spa-route-table', 'gatsby-config-plugin-pixel']));
  });

  for (const name of cases) {
    it(`prints the expected route map of ${name}`, async () => {
      const { code, stdout, stderr } = await run(['routes', `fixtures/${name}`]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toBe(readFileSync(join(FIXTURES, name, 'expected-routes.txt'), 'utf8'));
    });
  }

  it('proves each tracker on a route with its chain', async () => {
    const { stdout } = await run(['routes', 'fixtures/next-app-router-site-wide-pixel']);
    expect(stdout).toContain(
      ['/report/*  page  app/report/[crimeType]/page.tsx  (next-app)', '    sensitive: sensitive.routes "/report/**"', '    meta-pixel: components/pixel.tsx:20:11 ← app/layout.tsx (wraps /**)'].join('\n'),
    );
  });

  it('writes the route map as JSON', async () => {
    const { code, stdout } = await run(['routes', 'fixtures/vite-react-spa-route-table', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { version: number; routes: Array<{ pattern: string; file: string; role: string; mapper: string; trackers: Array<{ tracker: string; proof: string }> }> };
    expect(doc.version).toBe(1);
    expect(doc.routes.find((r) => r.pattern === '/report/*')).toMatchObject({
      file: 'src/pages/ReportForm.tsx',
      role: 'page',
      mapper: 'route-table',
      trackers: [{ tracker: 'meta-pixel', file: 'src/analytics/meta.ts', line: 10, column: 16, proof: 'src/analytics/meta.ts ← src/pages/ReportForm.tsx (page /report/*)' }],
    });
  });

  it('exits 2 on a missing path', async () => {
    expect(await run(['routes', 'fixtures/no-such-site'])).toEqual({ code: 2, stdout: '', stderr: 'pixel-patrol: path not found: fixtures/no-such-site\n' });
  });
});
