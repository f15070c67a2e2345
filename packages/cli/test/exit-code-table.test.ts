import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { write } from './helpers/git-site.js';
import { runCli } from './helpers/run-cli.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** A site whose only finding is one parse-error warning: the broken script runs on a page that is not sensitive. */
function warningSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-exit-'));
  write(dir, 'pixel-patrol.config.json', '{ "sensitive": { "routes": ["/report/**"] } }\n');
  write(dir, 'index.html', '<!doctype html><title>Home</title><script src="/js/app.js"></script>\n');
  write(dir, 'js/app.js', "fbq('init', '1');\nif (x) {{{ <<< ]]\n");
  return dir;
}

describe('exit codes (docs/cli.md)', () => {
  const warnings = warningSite();
  const notJson = mkdtempSync(join(tmpdir(), 'pp-exit-'));
  writeFileSync(join(notJson, 'a.json'), '[]');
  const cases: Array<[string, string[], string, number]> = [
    ['clean scan', ['fixtures/police-site-static-fixed'], REPO, 0],
    ['findings at error level', ['fixtures/police-site-static'], REPO, 1],
    ['warnings, no limit', ['scan'], warnings, 0],
    ['warnings within --max-warnings', ['scan', '--max-warnings', '1'], warnings, 0],
    ['more warnings than --max-warnings', ['scan', '--max-warnings', '0'], warnings, 1],
    ['--quiet drops warnings from the report but --max-warnings still counts them', ['scan', '--quiet', '--max-warnings', '0'], warnings, 1],
    ['--quiet with warnings only', ['scan', '--quiet'], warnings, 0],
    ['unknown option', ['scan', '--formt', 'json'], REPO, 2],
    ['bad option value', ['scan', '--format', 'xml'], REPO, 2],
    ['--max-warnings not a whole number', ['scan', '--max-warnings', '1.5'], REPO, 2],
    ['missing path', ['scan', 'fixtures/nowhere'], REPO, 2],
    ['malformed --shard', ['scan', '--shard', '3/2', 'fixtures/police-site-static'], REPO, 2],
    ['--changed outside a git repository', ['scan', '--changed'], tmpdir(), 2],
    ['--changed with --staged', ['scan', '--changed', '--staged'], REPO, 2],
    ['unknown rule for explain', ['explain', 'no-such-rule'], REPO, 2],
    ['inventory format not offered', ['inventory', '--format', 'sarif'], REPO, 2],
    ['merge of something that is not a report', ['merge', 'a.json'], notJson, 2],
    ['unwritable --output-file', ['inventory', 'fixtures/police-site-static-fixed', '-o', 'no/such/dir/x.md'], REPO, 2],
  ];
  it.each(cases)('%s', async (_name, argv, cwd, code) => {
    const run = await runCli(argv, cwd);
    expect(run.code).toBe(code);
    if (code === 2) expect(run.stderr).toMatch(/^pixel-patrol: /);
    else expect(run.stderr).toMatch(/^(pixel-patrol: 1 warning exceeds --max-warnings 0\.\n)?$/);
  });

  it.each(['scan', 'init', 'inventory', 'explain', 'merge'])('%s --help prints its usage on stdout and exits 0', async (command) => {
    const run = await runCli([command, '--help'], REPO);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.startsWith(`pixel-patrol ${command} `)).toBe(true);
  });

  it('reports the warning it counts', async () => {
    const run = await runCli(['scan', '--max-warnings', '0'], warnings);
    expect(run.stdout).toContain('js/app.js\n  2:13  warning  Could not parse this file (Unexpected token); it was token-scanned for trackers instead  parse-error\n');
  });
});
