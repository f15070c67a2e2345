import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactsStore, FileFacts, StampedFile, StampStore } from '@pixel-patrol/core';

const FILE = 'facts-v1.json';

export type CacheStrategy = 'metadata' | 'content';

function isFacts(v: unknown): v is FileFacts {
  const f = v as Partial<FileFacts> | null;
  return typeof f === 'object' && f !== null && Array.isArray(f.detections) && Array.isArray(f.references) && Array.isArray(f.problems);
}

function isStamped(v: unknown): v is StampedFile {
  const e = v as Partial<StampedFile> | null;
  const f = e?.file;
  return (
    typeof e?.stamp === 'object' &&
    e.stamp !== null &&
    typeof f === 'object' &&
    typeof f.record === 'object' &&
    f.record !== null &&
    [f.detections, f.references, f.sensitiveContent, f.declares, f.suppressions].every(Array.isArray)
  );
}

interface CacheDocument {
  entries?: Record<string, unknown>;
  takenAt?: unknown;
  stamps?: Record<string, unknown>;
}

/**
 * A facts store in one JSON file. Keys already carry the content hash, version and config hash,
 * so a stale entry is never read; saving keeps only this run's entries, which prunes the rest. A
 * missing, unreadable or damaged cache is simply empty: the cache only ever saves time. With the
 * metadata strategy it also keeps each file's stat (`stamps`), taken no earlier than `takenAt`.
 */
export class FsFactsStore implements FactsStore {
  hits = 0;
  misses = 0;
  statHits = 0;
  readonly stamps: StampStore | undefined;
  private readonly previous = new Map<string, FileFacts>();
  private readonly current = new Map<string, FileFacts>();
  private readonly previousStamps = new Map<string, StampedFile>();
  private readonly currentStamps = new Map<string, StampedFile>();
  /** Before any file is looked at, so every stamp saved by this run is at least this recent. */
  private readonly startedAt = Date.now();
  private takenAt: number | undefined;
  private changed = false;

  constructor(
    readonly dir: string,
    readonly strategy: CacheStrategy = 'metadata',
  ) {
    try {
      const doc = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as CacheDocument;
      for (const [k, v] of Object.entries(doc.entries ?? {})) if (isFacts(v)) this.previous.set(k, v);
      if (strategy === 'metadata' && typeof doc.takenAt === 'number') {
        this.takenAt = doc.takenAt;
        for (const [k, v] of Object.entries(doc.stamps ?? {})) if (isStamped(v)) this.previousStamps.set(k, v);
      }
    } catch {
      // No cache yet, or one we cannot trust: start empty.
      this.previous.clear();
      this.previousStamps.clear();
      this.takenAt = undefined;
    }
    if (strategy === 'metadata') {
      this.stamps = {
        takenAt: this.takenAt,
        get: (id) => this.previousStamps.get(id),
        set: (id, entry, reused) => {
          if (reused) this.statHits++;
          else this.changed = true;
          this.currentStamps.set(id, entry);
        },
        facts: (key) => {
          const facts = this.previous.get(key);
          if (facts) this.current.set(key, facts);
          return facts;
        },
      };
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
    this.changed = true;
    // Recoverable parse problems never reach a report (the pipeline keeps none per file), and a
    // minified bundle can carry ten thousand of them: most of the cache file, read every run.
    this.current.set(key, facts.problems.length === 0 ? facts : { ...facts, problems: [] });
  }

  /**
   * Written to a temporary file and renamed, so a concurrent or interrupted run never leaves half
   * a cache. When every entry was reused and none dropped, the file on disk already says the same
   * (its older `takenAt` only makes more files racy), so it is left alone.
   */
  save(): void {
    const same = !this.changed && this.current.size === this.previous.size && this.currentStamps.size === this.previousStamps.size && (this.stamps === undefined || this.takenAt !== undefined);
    if (same) return;
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `${FILE}.${process.pid}.tmp`);
    // In the run's (sorted) discovery order already: no need to sort the keys again.
    const entries = Object.fromEntries(this.current);
    const doc = this.stamps ? { takenAt: this.startedAt, entries, stamps: Object.fromEntries(this.currentStamps) } : { entries };
    writeFileSync(tmp, JSON.stringify(doc));
    renameSync(tmp, join(this.dir, FILE));
  }
}
