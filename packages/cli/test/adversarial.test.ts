import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@pixel-patrol/cli';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(REPO, 'fixtures');

interface ExpectedStates {
  exitCode: number;
  files?: Record<string, string>;
  stderrContains?: string;
}

interface JsonReport {
  files: Array<{ path: string; state: string; reason?: string }>;
  findings: Array<{ file: string; line: number; column: number; ruleId: string; severity: string }>;
}

async function scan(cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv: ['scan', '.', '--format', 'json'], cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

function states(report: JsonReport): Record<string, string> {
  return Object.fromEntries(report.files.map((f) => [f.path, f.state]));
}

describe('adversarial fixtures: each file ends in its expected state, and the run in its exit code', () => {
  const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('adversarial-') && existsSync(join(FIXTURES, d, 'expected-states.json')));

  it('covers every kind of hostile input that can be committed', () => {
    expect(cases).toEqual([
      'adversarial-config-invalid',
      'adversarial-encodings',
      'adversarial-gtm-truncated',
      'adversarial-ignored',
      'adversarial-js-syntax-errors',
      'adversarial-json',
      'adversarial-kinds',
      'adversarial-malformed-html',
      'adversarial-too-large',
    ]);
  });

  for (const name of cases) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected-states.json'), 'utf8')) as ExpectedStates;
      const { code, stdout, stderr } = await scan(join(FIXTURES, name));
      expect(code).toBe(expected.exitCode);
      if (expected.stderrContains !== undefined) expect(stderr).toContain(expected.stderrContains);
      else expect(stderr).toBe('');
      if (expected.files) expect(states(JSON.parse(stdout) as JsonReport)).toEqual(expected.files);
    });
  }
});

describe('adversarial file systems, built at test time (links, pipes, NUL bytes, huge and deep files)', () => {
  /** `heavy` adds a 2 MB one-line bundle and absurdly nested code. */
  function build(heavy: boolean): string {
    const root = mkdtempSync(join(tmpdir(), 'pp-adversarial-'));
    const outside = mkdtempSync(join(tmpdir(), 'pp-outside-'));
    writeFileSync(join(outside, 'pixel.js'), "fbq('track', 'Lead');\n");
    const files: Array<[string, string | Buffer]> = [
      ['pixel-patrol.config.json', '{"sensitive": {"routes": ["/report/**"]}}'],
      ['index.html', '<p>Home</p>'],
      ['report/index.html', '<p>Report</p>\n<script src="/js/app.js"></script>\n<script src="/js/nul.js"></script>\n<script src="/js/bundle.js"></script>\n<script src="/js/deep.js"></script>'],
      ['js/app.js', 'document.title = "Report";\n'],
      ['js/nul.js', Buffer.from("var a = 1;\n\0\nfbq('track', 'Lead');\n")],
      ['shared/pixel.js', "fbq('init', '2');\n"],
    ];
    if (heavy) {
      files.push(['js/bundle.js', `${'var a=1;'.repeat(250_000)}fbq('init','1');\n`]);
      files.push(['js/deep.js', `fbq('track', 'Lead');\nx = ${'['.repeat(50_000)}${']'.repeat(50_000)};\n`]);
    }
    for (const [path, content] of files) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    symlinkSync('../shared/pixel.js', join(root, 'js/linked.js'));
    symlinkSync(join(outside, 'pixel.js'), join(root, 'js/outside.js'));
    symlinkSync('nowhere.js', join(root, 'js/broken.js'));
    symlinkSync('..', join(root, 'js/loop'));
    symlinkSync('loop-b.js', join(root, 'js/loop-a.js'));
    symlinkSync('loop-a.js', join(root, 'js/loop-b.js'));
    spawnSync('mkfifo', [join(root, 'js/pipe.js')]);
    return root;
  }

  it('gives every entry one state and fails the gate on what it could not read', async () => {
    const root = build(true);
    const { code, stdout, stderr } = await scan(root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(states(report)).toEqual({
      'index.html': 'scanned',
      'js/app.js': 'scanned',
      'js/broken.js': 'unreadable',
      'js/bundle.js': 'scanned',
      'js/deep.js': 'parse-failed',
      'js/linked.js': 'scanned',
      'js/loop': 'scanned',
      'js/loop-a.js': 'unreadable',
      'js/loop-b.js': 'unreadable',
      'js/nul.js': 'parse-failed',
      'js/outside.js': 'unreadable',
      'js/pipe.js': 'unreadable',
      'pixel-patrol.config.json': 'scanned',
      'report/index.html': 'scanned',
      'shared/pixel.js': 'scanned',
    });
    const at = (file: string) => report.findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`);
    expect(at('js/nul.js')).toEqual(['2:1 parse-error warn', '3:1 no-tracker-on-sensitive-route error']);
    expect(at('js/deep.js')).toEqual(['1:1 no-tracker-on-sensitive-route error', '1:1 parse-error warn']);
    expect(at('js/bundle.js')).toEqual(['1:2000001 no-automatic-event-capture error', '1:2000001 no-tracker-on-sensitive-route error']);
    expect(at('js/outside.js')).toEqual(['1:1 unreadable-file error']);
    expect(at('js/pipe.js')).toEqual(['1:1 unreadable-file error']);
  }, 120_000);

  it('reports a file and a folder it has no permission to read (run as an unprivileged user)', () => {
    const root = build(false);
    writeFileSync(join(root, 'js/secret.js'), "fbq('track', 'Lead');\n");
    mkdirSync(join(root, 'locked'));
    writeFileSync(join(root, 'locked/page.html'), '<p>x</p>');
    for (const dir of [root, join(root, 'js'), join(root, 'report'), join(root, 'shared')]) chmodSync(dir, 0o755);
    chmodSync(join(root, 'js/secret.js'), 0o000);
    chmodSync(join(root, 'locked'), 0o000);
    // Root reads anything, so the scan runs as `nobody`, as a CI runner would.
    const run = spawnSync(process.execPath, [join(REPO, 'packages/cli/dist/bin.js'), '.', '--format', 'json'], { cwd: root, uid: 65534, gid: 65534, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.filter((f) => f.path === 'js/secret.js' || f.path === 'locked/')).toEqual([
      { path: 'js/secret.js', kind: 'script', state: 'unreadable', reason: `EACCES: permission denied, open '${join(root, 'js/secret.js')}'` },
      { path: 'locked/', kind: 'text', state: 'unreadable', reason: 'folder cannot be listed (EACCES)' },
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'unreadable-file').map((f) => f.file)).toContain('js/secret.js');
  }, 120_000);
});
