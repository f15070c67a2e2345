import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gitSite, write } from './helpers/git-site.js';
import { runCli } from './helpers/run-cli.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const POLICE = 'fixtures/police-site-static';

const cacheLine = (stderr: string) => /^ {2}cache: .*$/m.exec(stderr)?.[0];

describe('scan --cache', () => {
  it('re-parses only changed files and reports byte-identical output (content strategy)', async () => {
    const dir = gitSite();
    const args = ['scan', '--format', 'json', '--cache', '--cache-strategy', 'content', '--stats'];
    const cold = await runCli(args, dir);
    const cacheDir = join(dir, 'node_modules/.cache/pixel-patrol');
    expect(cacheLine(cold.stderr)).toBe(`  cache: 0 hits, 4 misses (${cacheDir})`);
    const warm = await runCli(args, dir);
    expect(cacheLine(warm.stderr)).toBe(`  cache: 4 hits, 0 misses (${cacheDir})`);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(1);
    write(dir, 'contact/index.html', '<!doctype html><title>Contact</title><script>fbq("init", "1")</script>\n');
    const edited = await runCli(args, dir);
    expect(cacheLine(edited.stderr)).toBe(`  cache: 3 hits, 1 misses (${cacheDir})`);
    expect(edited.stdout).toBe((await runCli(['scan', '--format', 'json'], dir)).stdout);
  });

  it('treats a damaged cache as empty', async () => {
    const dir = gitSite();
    const location = join(dir, 'cache');
    const first = await runCli(['scan', '--cache', '--cache-location', 'cache', '--stats'], dir);
    writeFileSync(join(location, 'facts-v1.json'), '{"entries": {"x": ');
    const second = await runCli(['scan', '--cache', '--cache-location', 'cache', '--stats'], dir);
    expect(cacheLine(second.stderr)).toBe(`  cache: 0 stat hits, 0 hits, 4 misses (${location})`);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(readFileSync(join(location, 'facts-v1.json'), 'utf8'))).toHaveProperty('entries');
  });
});

describe('scan --shard', () => {
  it('splits findings by file into disjoint shards that add up to the whole', async () => {
    const whole = JSON.parse((await runCli(['scan', POLICE, '-f', 'json'], REPO)).stdout) as { findings: Array<{ file: string; fingerprint: string }> };
    const shards = [];
    for (const i of [1, 2, 3]) {
      const run = await runCli(['scan', POLICE, '-f', 'json', '--shard', `${i}/3`], REPO);
      shards.push((JSON.parse(run.stdout) as typeof whole).findings);
    }
    expect(shards.flat().map((f) => f.fingerprint).sort()).toEqual(whole.findings.map((f) => f.fingerprint).sort());
    const owners = new Map<string, number>();
    shards.forEach((list, i) => list.forEach((f) => owners.set(`${f.file}#${i}`, i)));
    const files = new Set(whole.findings.map((f) => f.file));
    for (const file of files) expect([0, 1, 2].filter((i) => owners.has(`${file}#${i}`))).toHaveLength(1);
    expect(shards.every((s) => s.length > 0)).toBe(true);
  });

  it('exits 2 on a malformed shard', async () => {
    for (const bad of ['0/3', '4/3', '1/0', 'one/two']) {
      const run = await runCli(['scan', POLICE, '--shard', bad], REPO);
      expect(run).toEqual({ code: 2, stdout: '', stderr: `pixel-patrol: --shard must be I/N with 1 ≤ I ≤ N, got "${bad}"\n` });
    }
  });
});

describe('scan --stats and --progress', () => {
  it('prints counts per phase and file state on stderr, leaving stdout alone', async () => {
    const plain = await runCli(['scan', POLICE, '-f', 'json'], REPO);
    const run = await runCli(['scan', POLICE, '-f', 'json', '--stats'], REPO);
    expect(run.stdout).toBe(plain.stdout);
    const lines = run.stderr.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'pixel-patrol stats',
      '  files: 11 (scanned 11)',
      '  routes: 7, reach edges: 0',
      '  detections: 37, findings: 29, reported: 29',
    ]);
    expect(lines[4]).toMatch(/^ {2}time \(ms\): discover \d+\.\d, detect:html \d+\.\d, detect:gtm \d+\.\d, read_parse_detect \d+\.\d, routes \d+\.\d, reach \d+\.\d, rules \d+\.\d$/);
  });

  it('shows progress only when asked on a pipe, or on a TTY outside CI', async () => {
    expect((await runCli(['scan', POLICE], REPO)).stderr).toBe('');
    expect((await runCli(['scan', POLICE, '--progress'], REPO)).stderr).toMatch(/pixel-patrol: 11\/11 files\n$/);
    let stderr = '';
    const io = { write: (s: string) => (stderr += s), isTTY: true };
    const { main } = await import('@pixel-patrol/cli');
    await main({ argv: [POLICE, '--progress'], cwd: REPO, stdout: { write: () => true }, stderr: io, env: { CI: 'true' } });
    expect(stderr.endsWith('\r\u001b[Kpixel-patrol: 11/11 files\r\u001b[K')).toBe(true);
    stderr = '';
    await main({ argv: [POLICE, '--no-progress'], cwd: REPO, stdout: { write: () => true }, stderr: io, env: {} });
    expect(stderr).toBe('');
  });
});
