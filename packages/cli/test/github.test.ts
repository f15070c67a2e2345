import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatters } from '@pixel-patrol/cli';
import { analyze, type Finding } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { REPO, run } from './helpers/run.js';

const hostile: Finding = {
  ruleId: 'no-tracker-on-sensitive-route',
  severity: 'warn',
  file: 'pages/a,b:c%d.html',
  line: 3,
  column: 5,
  endLine: 4,
  endColumn: 2,
  message: '100% sure\r\nsecond line ::error file=x::forged',
  routes: [{ route: '/report/', sensitive: [], chain: [{ file: 'pages/a,b:c%d.html' }], proof: 'pages/a,b:c%d.html (page /report/)' }],
  fingerprint: '0123456789abcdef0123456789abcdef',
};

describe('github format', () => {
  it('escapes properties and data so a finding can neither break nor forge a workflow command', async () => {
    const result = await analyze({ cwd: REPO, paths: ['fixtures/police-site-static-fixed'] });
    const text = formatters.github!([hostile], { cwd: REPO, color: false, result });
    expect(text).toBe(
      '::warning file=pages/a%2Cb%3Ac%25d.html,line=3,endLine=4,col=5,title=pixel-patrol no-tracker-on-sensitive-route::' +
        '100%25 sure%0D%0Asecond line ::error file=x::forged%0Areach: pages/a,b:c%25d.html (page /report/)\n',
    );
    expect(text.split('\n')).toHaveLength(2);
  });

  it('writes the markdown job summary to $GITHUB_STEP_SUMMARY, appending', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'pp-gh-')), 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const r = await run(['fixtures/police-site-static', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error file=fixtures/police-site-static/'))).toHaveLength(29);
    const markdown = (await run(['fixtures/police-site-static', '--format', 'markdown'])).stdout;
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${markdown}`);
  });

  it('writes no summary without $GITHUB_STEP_SUMMARY or with another format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-gh-'));
    await run(['fixtures/police-site-static', '--format', 'sarif'], { env: { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(existsSync(join(dir, 'summary.md'))).toBe(false);
  });
});
