import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, ConfigError } from '@pixel-patrol/core';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';
import { MemoryStore } from './helpers/memory-store.js';
import { tempTree } from './helpers/temp-tree.js';
import { BUILT_WORKER, comparable, runWith } from './helpers/threads.js';

const FIXTURE_CASES = [
  'adversarial-encodings',
  'adversarial-js-syntax-errors',
  'adversarial-kinds',
  'adversarial-malformed-html',
  'adversarial-too-large',
  'police-site-static',
];

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('worker threads give the same result as one thread', () => {
  for (const name of FIXTURE_CASES) {
    it(name, async () => {
      const cwd = join(FIXTURES, name);
      const one = await runWith(1, { cwd });
      expect(one.files.length).toBeGreaterThan(0);
      expect(await runWith(2, { cwd })).toEqual(one);
      expect(await runWith(4, { cwd })).toEqual(one);
    });
  }

  it('stops with the same input error (a truncated GTM export) whichever thread meets it', async () => {
    const cwd = join(FIXTURES, 'adversarial-gtm-truncated');
    const errorOf = (threads: number) => runWith(threads, { cwd }).then(() => undefined, (e: unknown) => e);
    const one = await errorOf(1);
    expect(one).toBeInstanceOf(ConfigError);
    expect((one as ConfigError).message).toMatch(/GTM container export is not valid JSON/);
    for (const threads of [2, 4]) {
      const e = await errorOf(threads);
      expect(e).toBeInstanceOf(ConfigError);
      expect({ ...(e as ConfigError), message: (e as ConfigError).message }).toEqual({ ...(one as ConfigError), message: (one as ConfigError).message });
    }
  });

  it('on a generated benchmark tree (bench/generate.js, scale 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
    temps.push(dir);
    const bench = new URL('../../../bench/generate.js', import.meta.url).href;
    const { generate } = (await import(bench)) as { generate: (out: string, o: { scale: number; seed: number }) => { files: number } };
    const cwd = join(dir, 'tree');
    expect(generate(cwd, { scale: 1, seed: 1 }).files).toBeGreaterThan(900);
    const one = await runWith(1, { cwd });
    expect(one.stats.findings).toBeGreaterThan(0);
    expect(await runWith(2, { cwd })).toEqual(one);
    expect(await runWith(4, { cwd })).toEqual(one);
  }, 300_000);
});

const CONFIG = JSON.stringify({ sensitive: { routes: ['/**'] } });

describe('a worker that fails does not lose a file', () => {
  const tree = () => {
    const root = tempTree([
      ['pixel-patrol.config.json', CONFIG],
      ['a.js', "fbq('track', 'Lead');\n"],
      ['b-exits.js', "import './a.js';\nfbq('track', 'Purchase');\n"],
      ['c.js', 'export const c = 1;\n'],
      ['d.html', '<p>x</p>\n<script src="https://connect.facebook.net/en_US/fbevents.js"></script>\n'],
      ['e-throws.js', "\n  fbq('init', '123');\n"],
      ['f.js', 'const broken = ;\n'],
      ['g.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])],
    ]);
    temps.push(root);
    return root;
  };

  it('re-runs the files of a worker that exits or throws in this thread, with exact states and findings', async () => {
    const cwd = tree();
    const one = await runWith(1, { cwd });
    // Files go out four at a time: the first worker holds b-exits.js, the second e-throws.js.
    const crashing = await runWith(2, { cwd, workerModule: new URL('./helpers/crashing-worker.mjs', import.meta.url) });
    expect(existsSync(join(cwd, 'b-exits.js.crashed'))).toBe(true);
    expect(existsSync(join(cwd, 'e-throws.js.crashed'))).toBe(true);
    expect(crashing).toEqual(one);
    expect(crashing.files.map((f) => [f.path, f.state, f.detections])).toEqual([
      ['a.js', 'scanned', 1],
      ['b-exits.js', 'scanned', 1],
      ['c.js', 'scanned', 0],
      ['d.html', 'scanned', 1],
      ['e-throws.js', 'scanned', 1],
      ['f.js', 'scanned', 0],
      ['g.png', 'skipped-as-binary', 0],
      ['pixel-patrol.config.json', 'scanned', 0],
    ]);
    expect(crashing.findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.tracker ?? ''])).toEqual([
      ['a.js', 1, 1, 'no-tracker-on-sensitive-route', 'meta-pixel'],
      ['b-exits.js', 2, 1, 'no-tracker-on-sensitive-route', 'meta-pixel'],
      ['d.html', 2, 1, 'no-tracker-on-sensitive-route', 'meta-pixel'],
      ['e-throws.js', 2, 3, 'no-automatic-event-capture', 'meta-pixel'],
      ['e-throws.js', 2, 3, 'no-tracker-on-sensitive-route', 'meta-pixel'],
    ]);
  });

  it('runs every file in this thread when no worker can start', async () => {
    const cwd = tree();
    const missing = new URL('./helpers/no-such-worker.mjs', import.meta.url);
    expect(await runWith(2, { cwd, workerModule: missing })).toEqual(await runWith(1, { cwd }));
  });

  it('keeps the per-file time budget inside a worker', async () => {
    // 200 kB of statements: parsing alone takes far longer than a millisecond (or a 10 ms clock tick) of CPU.
    const big = Array.from({ length: 5_000 }, (_, i) => `var v${i} = { a: [${i}, 'x'], b: f(${i}) };`).join('\n');
    const cwd = tempTree([
      ['pixel-patrol.config.json', JSON.stringify({ sensitive: { routes: ['/**'] }, fileTimeBudgetMs: 1 })],
      ['big.js', `${big}\nfbq('track', 'Lead');\n`],
      ['small.html', '<p>ok</p>\n'],
    ]);
    temps.push(cwd);
    for (const threads of [1, 2]) {
      const big = (await runWith(threads, { cwd })).files.find((f) => f.path === 'big.js');
      expect(big).toEqual({ path: 'big.js', kind: 'script', state: 'parse-failed', bytes: expect.any(Number) as number, detections: 1, reason: 'analysis took longer than the per-file time budget of 1 ms', line: 1, column: 1 });
    }
  });
});

describe('the facts cache with worker threads', () => {
  it('stores the same facts in the same order, and a warm run reads them back', async () => {
    const cwd = join(FIXTURES, 'police-site-static');
    const one = new MemoryStore();
    const two = new MemoryStore();
    const plain = await runWith(1, { cwd, factsStore: one });
    expect(await runWith(2, { cwd, factsStore: two })).toEqual(plain);
    expect([...two.map]).toEqual([...one.map]);
    expect(two.gets).toBe(one.gets);
    const warm = await analyze({ cwd, now: new Date('2026-11-29T00:00:00Z'), factsStore: two, threads: 2, workerModule: BUILT_WORKER });
    expect(two.gets).toBe(2 * one.gets);
    expect(warm.findings).toEqual(plain.findings);
    expect(warm.stats.timings['detect:html']).toBeUndefined();
  });

  it('by default starts workers for a cold cache, and not for a warm one', async () => {
    const cwd = tempTree([['pixel-patrol.config.json', CONFIG], ...Array.from({ length: 1000 }, (_, i): [string, string] => [`p${String(i).padStart(4, '0')}.html`, `<p>${i}</p>\n`])]);
    temps.push(cwd);
    const marker = join(cwd, '.worker-started');
    const store = new MemoryStore();
    const options = { cwd, now: new Date('2026-11-29T00:00:00Z'), factsStore: store, workerModule: new URL('./helpers/marking-worker.mjs', import.meta.url) };
    const cold = await analyze(options);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    const warm = await analyze(options);
    expect(existsSync(marker)).toBe(false);
    expect(store.gets).toBe(2 * 1000);
    expect(comparable(warm)).toEqual(comparable(cold));
  }, 120_000);
});
