import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitSite, SITE, write } from './helpers/git-site.js';
import { runCli } from './helpers/run-cli.js';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  tracker?: string;
  routes?: Array<{ route: string; proof: string }>;
}

async function reported(dir: string, ...args: string[]) {
  const run = await runCli(['scan', '--format', 'json', ...args], dir);
  // The reach rule carries the chains --changed filters on; other rules ride along on the same lines.
  const findings = run.code === 2 ? [] : (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'no-tracker-on-sensitive-route');
  return { code: run.code, stderr: run.stderr, at: findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.tracker ?? f.ruleId}`), findings };
}

const PIXEL_FINDINGS = ['js/pixel.js:1:259 meta-pixel', 'js/pixel.js:2:1 meta-pixel', 'js/pixel.js:3:1 meta-pixel'];

describe('scan --changed and --staged', () => {
  it('reports nothing when nothing changed, everything without the option', async () => {
    const dir = gitSite();
    expect(await reported(dir, '--changed')).toMatchObject({ code: 0, at: [] });
    expect((await reported(dir)).at).toEqual(['js/pixel.js:1:259 meta-pixel', 'js/pixel.js:2:1 meta-pixel', 'report/index.html:5:9 meta-pixel']);
  });

  it('flags the sensitive page reached through an edited shared script, not untouched findings', async () => {
    const dir = gitSite();
    appendFileSync(join(dir, 'js/pixel.js'), "fbq('track', 'PageView');\n");
    const { code, at, findings } = await reported(dir, '--changed');
    expect(code).toBe(1);
    expect(at).toEqual(PIXEL_FINDINGS);
    expect(findings[2]!.routes!.map((r) => r.proof)).toEqual(['js/pixel.js ← report/index.html (page /report/)']);
    const stylish = await runCli(['scan', '--changed'], dir);
    expect(stylish.stdout).toContain('      reach: js/pixel.js ← report/index.html (page /report/)');
  });

  it('flags findings whose reach chain passes through an edited page', async () => {
    const dir = gitSite();
    write(dir, 'report/index.html', SITE['report/index.html']!.replace('<h1>Report</h1>', '<h1>Report a crime</h1>'));
    expect((await reported(dir, '--changed')).at).toEqual(['js/pixel.js:1:259 meta-pixel', 'js/pixel.js:2:1 meta-pixel', 'report/index.html:5:9 meta-pixel']);
  });

  it('ignores a change that reaches no finding, and counts untracked files', async () => {
    const dir = gitSite();
    write(dir, 'contact/index.html', SITE['contact/index.html']!.replace('Contact us', 'Contact'));
    expect(await reported(dir, '--changed')).toMatchObject({ code: 0, at: [] });
    write(dir, 'report/witness/index.html', "<!doctype html><title>Witness</title><script src=\"/js/pixel.js\"></script>\n");
    const { code, findings } = await reported(dir, '--changed');
    expect(code).toBe(1);
    expect(findings.map((f) => f.routes!.map((r) => r.route))).toEqual([['/report/', '/report/witness/'], ['/report/', '/report/witness/']]);
  });

  it('asks git in the scanned folder, not the working directory', async () => {
    const dir = gitSite();
    appendFileSync(join(dir, 'js/pixel.js'), "fbq('track', 'PageView');\n");
    const run = await runCli(['scan', dir, '--changed', '--format', 'json'], tmpdir());
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> }).findings.filter((f) => f.ruleId === 'no-tracker-on-sensitive-route')).toHaveLength(3);
  });

  it('refuses a git-ignored folder such as build output, where no change can be seen', async () => {
    const dir = gitSite({ ...SITE, '.gitignore': 'dist/\n' });
    for (const [file, text] of Object.entries(SITE)) write(dir, `dist/${file}`, text);
    const run = await runCli(['scan', 'dist', '--changed'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pixel-patrol: --changed: dist is ignored by git, so no change to it can be seen; scan the sources it is built from, or drop --changed\n',
    });
    expect((await runCli(['scan', 'dist', '--staged'], dir)).code).toBe(2);
    expect((await runCli(['scan', 'dist'], dir)).code).toBe(1);
  });

  it('compares a branch with the merge base of REF', async () => {
    const dir = gitSite();
    git(dir, 'checkout', '-q', '-b', 'feature');
    appendFileSync(join(dir, 'js/pixel.js'), "fbq('track', 'PageView');\n");
    git(dir, 'commit', '-q', '-am', 'track page views');
    expect((await reported(dir, '--changed')).at).toEqual([]);
    expect((await reported(dir, '--changed', 'main')).at).toEqual(PIXEL_FINDINGS);
  });

  it('reports everything when the config changes', async () => {
    const dir = gitSite();
    writeFileSync(join(dir, 'pixel-patrol.config.json'), '{ "sensitive": { "routes": ["/report/**", "/contact/**"] } }\n');
    expect((await reported(dir, '--changed')).at).toHaveLength(3);
  });

  it('--staged looks at the index only', async () => {
    const dir = gitSite();
    appendFileSync(join(dir, 'js/pixel.js'), "fbq('track', 'PageView');\n");
    expect(await reported(dir, '--staged')).toMatchObject({ code: 0, at: [] });
    git(dir, 'add', 'js/pixel.js');
    expect(await reported(dir, '--staged')).toMatchObject({ code: 1, at: PIXEL_FINDINGS });
  });

  it('exits 2 outside a git repository or with an unknown REF, naming the option', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'pp-nogit-'));
    writeFileSync(join(plain, 'index.html'), '<!doctype html><title>x</title>\n');
    const outside = await reported(plain, '--changed');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^pixel-patrol: --changed: git rev-parse --show-toplevel failed: fatal: not a git repository/);
    const badRef = await reported(gitSite(), '--changed', 'no-such-branch');
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toBe('pixel-patrol: --changed no-such-branch: git merge-base no-such-branch HEAD failed: fatal: Not a valid object name no-such-branch (is the ref fetched? a shallow CI clone needs the history down to the merge base, e.g. fetch-depth: 0)\n');
    const both = await runCli(['scan', '--changed', '--staged'], plain);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Arguments changed and staged are mutually exclusive');
  });
});
