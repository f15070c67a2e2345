import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze, type UserConfig } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';

/** A Next.js app with GA on the report page and a Meta Pixel script no route uses. */
function project(config: UserConfig): string {
  const root = mkdtempSync(join(tmpdir(), 'pp-policy-'));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ dependencies: { next: '15.3.2' } }),
    'pixel-patrol.config.json': JSON.stringify({ sensitive: { routes: ['/report/**'] }, ...config }),
    'app/report/page.tsx': "export default function Report() {\n  gtag('event', 'report_view');\n  return <h1>Report</h1>;\n}\n",
    'scripts/legacy-pixel.js': "fbq('track', 'PageView');\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function findings(config: UserConfig) {
  const result = await analyze({ cwd: project(config), paths: ['.'] });
  return result.findings.map((f) => [f.file, f.severity, f.tracker, f.routes?.map((r) => r.route)]);
}

describe('route policy in config', () => {
  it('treats code with no known route as site-wide, and analytics as a warning, by default', async () => {
    expect(await findings({})).toEqual([
      ['app/report/page.tsx', 'warn', 'google-analytics', ['/report']],
      ['scripts/legacy-pixel.js', 'error', 'meta-pixel', ['/**']],
    ]);
  });

  it('ignores code with unknown routes when unknownRoutes is "ignore", and honours per-category severities', async () => {
    expect(await findings({ unknownRoutes: 'ignore', severity: { analytics: 'error' } })).toEqual([['app/report/page.tsx', 'error', 'google-analytics', ['/report']]]);
  });
});
