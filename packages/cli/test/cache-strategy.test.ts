import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitSite, SITE, write } from './helpers/git-site.js';
import { runCli } from './helpers/run-cli.js';

const cacheLine = (stderr: string) => /^ {2}cache: .*$/m.exec(stderr)?.[0];
const ARGS = ['scan', '--format', 'json', '--cache', '--stats'];
const HOUR_AGO = new Date(Date.now() - 3_600_000);

/** The site with every file last modified an hour ago: well outside the racy margin. */
function settledSite(): string {
  const dir = gitSite();
  for (const file of Object.keys(SITE)) utimesSync(join(dir, file), HOUR_AGO, HOUR_AGO);
  return dir;
}

describe('scan --cache --cache-strategy metadata (the default)', () => {
  it('does not read unchanged files, reports byte-identical output and leaves the cache file alone', async () => {
    const dir = settledSite();
    const cacheDir = join(dir, 'node_modules/.cache/pixel-patrol');
    const cold = await runCli(ARGS, dir);
    expect(cacheLine(cold.stderr)).toBe(`  cache: 0 stat hits, 0 hits, 4 misses (${cacheDir})`);
    const saved = statSync(join(cacheDir, 'facts-v1.json'));
    const warm = await runCli([...ARGS, '--cache-strategy', 'metadata'], dir);
    // Five files kept (the config is token-checked like any text file), none looked up by content.
    expect(cacheLine(warm.stderr)).toBe(`  cache: 5 stat hits, 0 hits, 0 misses (${cacheDir})`);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe((await runCli(['scan', '--format', 'json'], dir)).stdout);
    const after = statSync(join(cacheDir, 'facts-v1.json'));
    expect([after.mtimeMs, after.ino]).toEqual([saved.mtimeMs, saved.ino]);
  });

  it('re-reads a file with a new mtime and the same size', async () => {
    const dir = settledSite();
    const cold = await runCli(ARGS, dir);
    const before = statSync(join(dir, 'js/pixel.js'));
    write(dir, 'js/pixel.js', `${' '.repeat(before.size - 1)}\n`);
    expect(statSync(join(dir, 'js/pixel.js')).size).toBe(before.size);
    const edited = await runCli(ARGS, dir);
    expect(cacheLine(edited.stderr)).toMatch(/^ {2}cache: 4 stat hits, 0 hits, 1 misses /);
    expect(edited.stdout).toBe((await runCli(['scan', '--format', 'json'], dir)).stdout);
    // The pixel is gone, and the report says so: the old facts were not reused.
    expect(edited.stdout).not.toBe(cold.stdout);
  });

  it('re-reads a file with the same mtime and a different size', async () => {
    const dir = settledSite();
    await runCli(ARGS, dir);
    write(dir, 'contact/index.html', '<!doctype html><title>Contact</title><script>fbq("init", "1")</script>\n');
    utimesSync(join(dir, 'contact/index.html'), HOUR_AGO, HOUR_AGO);
    const edited = await runCli(ARGS, dir);
    expect(cacheLine(edited.stderr)).toMatch(/^ {2}cache: 4 stat hits, 0 hits, 1 misses /);
    expect(edited.stdout).toBe((await runCli(['scan', '--format', 'json'], dir)).stdout);
    expect(edited.stdout).toContain('contact/index.html');
  });

  it('re-reads files modified just before the run that cached them (racy), by content', async () => {
    const dir = gitSite();
    await runCli(ARGS, dir);
    const warm = await runCli(ARGS, dir);
    expect(cacheLine(warm.stderr)).toMatch(/^ {2}cache: 0 stat hits, 4 hits, 0 misses /);
  });

  it('ignores a damaged stamp entry and reads the file', async () => {
    const dir = settledSite();
    const cold = await runCli(ARGS, dir);
    const file = join(dir, 'node_modules/.cache/pixel-patrol/facts-v1.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { stamps: Record<string, { file: unknown }> };
    for (const entry of Object.values(doc.stamps)) entry.file = {};
    writeFileSync(file, JSON.stringify(doc));
    const warm = await runCli(ARGS, dir);
    expect(cacheLine(warm.stderr)).toMatch(/^ {2}cache: 0 stat hits, 4 hits, 0 misses /);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('exits 2 naming the choices on an unknown strategy', async () => {
    const run = await runCli([...ARGS, '--cache-strategy', 'mtime'], settledSite());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--cache-strategy must be one of metadata, content, got "mtime"');
  });
});
