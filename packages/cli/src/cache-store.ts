import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactsStore, FileFacts } from '@pixel-patrol/core';

const FILE = 'facts-v1.json';

function isFacts(v: unknown): v is FileFacts {
  const f = v as Partial<FileFacts> | null;
  return typeof f === 'object' && f !== null && Array.isArray(f.detections) && Array.isArray(f.references) && Array.isArray(f.problems);
}

/**
 * A facts store in one JSON file. Keys already carry the content hash, version and config hash,
 * so a stale entry is never read; saving keeps only this run's entries, which prunes the rest. A
 * missing, unreadable or damaged cache is simply empty: the cache only ever saves time.
 */
export class FsFactsStore implements FactsStore {
  hits = 0;
  misses = 0;
  private readonly previous = new Map<string, FileFacts>();
  private readonly current = new Map<string, FileFacts>();

  constructor(readonly dir: string) {
    try {
      const doc = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as { entries?: Record<string, unknown> };
      for (const [k, v] of Object.entries(doc.entries ?? {})) if (isFacts(v)) this.previous.set(k, v);
    } catch {
      // No cache yet, or one we cannot trust: start empty.
    }
  }

  get(key: string): FileFacts | undefined {
    const facts = this.previous.get(key);
    if (facts) {
      this.hits++;
      this.current.set(key, facts);
    } else this.misses++;
    return facts;
  }

  set(key: string, facts: FileFacts): void {
    this.current.set(key, facts);
  }

  /** Written to a temporary file and renamed, so a concurrent or interrupted run never leaves half a cache. */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `${FILE}.${process.pid}.tmp`);
    const entries = Object.fromEntries([...this.current].sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(tmp, JSON.stringify({ entries }));
    renameSync(tmp, join(this.dir, FILE));
  }
}
