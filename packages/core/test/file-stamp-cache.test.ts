import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, type FactsStore, type FileFacts, type StampedFile, type StampStore } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';
import { BUILT_WORKER } from './helpers/threads.js';

/** An in-memory store with the metadata strategy; `takenAt` is set by the test, not by a clock. */
class StampingStore implements FactsStore {
  readonly facts = new Map<string, FileFacts>();
  readonly entries = new Map<string, StampedFile>();
  lookups = 0;
  reused: string[] = [];
  takenAt: number | undefined;
  get stamps(): StampStore {
    return {
      takenAt: this.takenAt,
      get: (id) => this.entries.get(id),
      set: (id, entry, reused) => {
        if (reused) this.reused.push(id.slice(id.indexOf('\u0000') + 1));
        this.entries.set(id, entry);
      },
      facts: (key) => this.facts.get(key),
    };
  }
  get(key: string) {
    this.lookups++;
    return this.facts.get(key);
  }
  set(key: string, facts: FileFacts) {
    this.facts.set(key, facts);
  }
  reset() {
    this.lookups = 0;
    this.reused = [];
  }
  entry(path: string): StampedFile {
    const found = [...this.entries].find(([id]) => id.endsWith(`\u0000${path}`));
    if (!found) throw new Error(`no stamp for ${path}`);
    return found[1];
  }
}

const FIXTURE = `${FIXTURES}police-site-static`;
const HOUR = 3_600_000;
const comparable = (r: Awaited<ReturnType<typeof analyze>>) => JSON.stringify({ ...r, stats: { ...r.stats, timings: {} } });

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-stamp-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('the metadata cache strategy', () => {
  it('reuses every unchanged file without a content lookup, with a result identical to an uncached run', async () => {
    const plain = await analyze({ cwd: FIXTURE });
    const store = new StampingStore();
    const cold = await analyze({ cwd: FIXTURE, factsStore: store });
    expect(store.reused).toEqual([]);
    expect(store.lookups).toBe(8);
    store.reset();
    store.takenAt = Date.now() + HOUR;
    const warm = await analyze({ cwd: FIXTURE, factsStore: store });
    expect(store.lookups).toBe(0);
    expect(store.reused).toHaveLength(store.entries.size);
    expect(store.reused).toContain('report/domestic-abuse/index.html');
    expect(comparable(cold)).toBe(comparable(plain));
    expect(comparable(warm)).toBe(comparable(plain));
    expect(warm.stats.timings['detect:html']).toBeUndefined();
  });

  it('stamps the files worker threads read, so the next run reuses them all', async () => {
    const plain = await analyze({ cwd: FIXTURE });
    const store = new StampingStore();
    const cold = await analyze({ cwd: FIXTURE, factsStore: store, threads: 2, workerModule: BUILT_WORKER });
    expect(comparable(cold)).toBe(comparable(plain));
    expect(store.entry('report/domestic-abuse/index.html').key).toBeDefined();
    store.reset();
    store.takenAt = Date.now() + HOUR;
    const warm = await analyze({ cwd: FIXTURE, factsStore: store, threads: 0 });
    expect(store.lookups).toBe(0);
    expect(store.reused).toHaveLength(store.entries.size);
    expect(comparable(warm)).toBe(comparable(plain));
  });

  it.each(readdirSync(FIXTURES).filter((f) => existsSync(join(FIXTURES, f, 'expected-findings.json'))))('gives the uncached result on %s, cold and warm', async (name) => {
    const cwd = join(FIXTURES, name);
    const plain = comparable(await analyze({ cwd, now: new Date('2026-01-01') }));
    const store = new StampingStore();
    expect(comparable(await analyze({ cwd, now: new Date('2026-01-01'), factsStore: store }))).toBe(plain);
    store.takenAt = Date.now() + HOUR;
    store.reset();
    const warm = await analyze({ cwd, now: new Date('2026-01-01'), factsStore: store });
    expect(comparable(warm)).toBe(plain);
    // A parse failure is never trusted to a stamp (a time-out is not a property of the bytes).
    expect(store.lookups).toBe(warm.files.filter((f) => f.state === 'parse-failed').length);
    expect(store.reused.length).toBeGreaterThan(0);
  });

  it('takes the content path when any part of the stamp differs', async () => {
    const store = new StampingStore();
    await analyze({ cwd: FIXTURE, factsStore: store });
    store.takenAt = Date.now() + HOUR;
    const path = 'report/domestic-abuse/index.html';
    for (const field of ['size', 'mtimeMs', 'ctimeMs', 'ino', 'dev'] as const) {
      const entry = store.entry(path);
      const original = entry.stamp[field];
      entry.stamp[field] = original + 1;
      store.reset();
      await analyze({ cwd: FIXTURE, factsStore: store });
      expect(store.lookups, field).toBe(1);
      expect(store.reused, field).not.toContain(path);
      expect(store.entry(path).stamp[field], field).toBe(original);
    }
  });

  it('reads a file modified within the racy margin of the moment its stamp was taken', async () => {
    const dir = copyFixture();
    const store = new StampingStore();
    await analyze({ cwd: dir, factsStore: store });
    const path = 'report/domestic-abuse/index.html';
    const mtime = store.entry(path).stamp.mtimeMs;
    store.takenAt = mtime + 1000;
    store.reset();
    await analyze({ cwd: dir, factsStore: store });
    expect(store.reused).not.toContain(path);
    store.takenAt = mtime + 2500;
    store.reset();
    await analyze({ cwd: dir, factsStore: store });
    expect(store.reused).toContain(path);
  });

  it('re-reads a file rewritten with the same size and reports what it now holds', async () => {
    const dir = copyFixture();
    const store = new StampingStore();
    const before = await analyze({ cwd: dir, factsStore: store });
    store.takenAt = Date.now() + HOUR;
    const path = 'report/domestic-abuse/index.html';
    const size = store.entry(path).stamp.size;
    // Same length, no tracker left.
    writeFileSync(join(dir, path), `<!doctype html><title>x</title>${' '.repeat(size - 31)}`);
    store.reset();
    const after = await analyze({ cwd: dir, factsStore: store });
    expect(store.entry(path).stamp.size).toBe(size);
    expect(store.reused).not.toContain(path);
    expect(comparable(after)).toBe(comparable(await analyze({ cwd: dir })));
    expect(after.findings.length).toBeLessThan(before.findings.length);
  });
});
