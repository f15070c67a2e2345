import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const POLICE = 'fixtures/police-site-static';

async function shardFiles(dir: string, n: number, extra: string[] = []): Promise<string[]> {
  const files = [];
  for (let i = 1; i <= n; i++) {
    const file = join(dir, `shard-${i}.json`);
    const run = await runCli(['scan', POLICE, '-f', 'json', '--shard', `${i}/${n}`, '-o', file, ...extra], REPO);
    expect(run.stderr).toBe('');
    files.push(file);
  }
  return files;
}

// A SARIF log shaped like a one-run report; merge must only depend on `runs[].results`.
function sarif(results: object[]) {
  return `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'pixel-patrol', rules: [{ id: 'no-tracker-on-sensitive-route' }] } }, results }],
    },
    null,
    2,
  )}\n`;
}

const result = (uri: string, line: number, level = 'error') => ({
  ruleId: 'no-tracker-on-sensitive-route',
  level,
  message: { text: `at ${line}` },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: 1 } } }],
});

describe('pixel-patrol merge', () => {
  it('rebuilds the unsharded JSON report byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-merge-'));
    const whole = await runCli(['scan', POLICE, '-f', 'json'], REPO);
    const merged = await runCli(['merge', ...(await shardFiles(dir, 3))], REPO);
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.code).toBe(1);
    const quiet = await runCli(['merge', '--format', 'json', '-o', join(dir, 'merged.json'), ...(await shardFiles(dir, 2, ['--quiet']))], REPO);
    expect(quiet).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe((await runCli(['scan', POLICE, '-f', 'json', '--quiet'], REPO)).stdout);
  });

  it('merges SARIF runs, sorting results as an unsharded run does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-merge-'));
    const [a3, b1, b7, c2] = [result('a.html', 3), result('b.html', 1, 'warning'), result('b.html', 7), result('c.js', 2)];
    const all = [a3, b1, b7, c2];
    writeFileSync(join(dir, '1.sarif'), sarif([b1, c2]));
    writeFileSync(join(dir, '2.sarif'), sarif([a3, b7]));
    writeFileSync(join(dir, '3.sarif'), sarif([]));
    const merged = await runCli(['merge', '1.sarif', '2.sarif', '3.sarif', '--format', 'sarif'], dir);
    expect(merged).toEqual({ code: 1, stdout: sarif(all), stderr: '' });
    writeFileSync(join(dir, 'w.sarif'), sarif([b1]));
    expect(await runCli(['merge', 'w.sarif', '3.sarif', '--max-warnings', '0'], dir)).toMatchObject({ code: 1 });
    expect(await runCli(['merge', 'w.sarif', '3.sarif', '--max-warnings', '1'], dir)).toMatchObject({ code: 0 });
  });

  it('exits 2 on inputs that are not shards of one scan, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-merge-'));
    const [one] = await shardFiles(dir, 2);
    const other = join(dir, 'other.json');
    const doc = JSON.parse(readFileSync(one!, 'utf8')) as { files: unknown[]; findings: unknown[] };
    writeFileSync(other, JSON.stringify({ ...doc, files: doc.files.slice(1), findings: [] }, null, 2));
    writeFileSync(join(dir, 'x.sarif'), sarif([]));
    writeFileSync(join(dir, 'broken.json'), '{"version": 1,');
    const cases: Array<[string[], string]> = [
      [[one!, one!], 'pixel-patrol: a finding appears in two inputs ('],
      [[one!, other], `pixel-patrol: ${other}: not a shard of the same scan as ${one!} (only findings may differ)\n`],
      [[one!, 'x.sarif'], 'pixel-patrol: x.sarif: is sarif, expected json (merge does not convert formats; scan each shard with --format json)\n'],
      [['broken.json'], 'pixel-patrol: broken.json: not JSON ('],
      [['missing.json'], 'pixel-patrol: missing.json: cannot read (ENOENT)\n'],
    ];
    for (const [files, message] of cases) {
      const run = await runCli(['merge', ...files], dir);
      expect(run.code).toBe(2);
      expect(run.stderr.startsWith(message)).toBe(true);
    }
    expect((await runCli(['merge'], dir)).stderr).toContain('Not enough non-option arguments');
  });
});
