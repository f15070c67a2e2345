import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FactsStore, StampedFile, StampStore } from '../cache/facts-store.js';
import { fileStamp, type FileStamp } from '../cache/file-stamp.js';
import type { ResolvedConfig } from '../config/config.js';
import type { FileFacts } from '../detectors/front-end.js';
import { analyzeFile, type AnalyzedFile, type AnalyzeFileOptions } from './analyze-file.js';
import { fileKind } from './file-kind.js';
import { stampOutcome } from './stamp-outcome.js';

/**
 * Git's "racy clean" margin: a file whose mtime is this close to (or after) the moment its stamp
 * was taken may have been written again within the same timestamp tick, so it is read anyway.
 * Two seconds covers the coarsest common mtime (FAT) and a coarse kernel clock.
 */
export const RACY_MARGIN_MS = 2000;

/**
 * `analyzeFile` with the metadata strategy in front of it: a file whose stat matches the stored
 * stamp exactly, and that was not modified near the moment the stamp was taken, gets its stored
 * outcome back without being opened, read or hashed. Anything else takes the content path.
 */
export async function analyzeFileByStamp(root: string, path: string, config: ResolvedConfig, options: AnalyzeFileOptions & { factsStore?: FactsStore }): Promise<AnalyzedFile> {
  const store = options.factsStore;
  const stamps = store?.stamps;
  if (!store || !stamps || fileKind(path) === 'binary') return analyzeFile(root, path, config, options);
  let stamp: FileStamp;
  try {
    // Taken before the read: a write after it moves the stamp, so a stale outcome is never kept.
    // Synchronous: files are handled one at a time anyway, and a thread-pool round trip per file
    // costs more than the stat on a warm run of thousands of files.
    stamp = fileStamp(statSync(resolve(root, path)));
  } catch {
    return analyzeFile(root, path, config, options);
  }
  const id = `${options.keyPrefix ?? ''}\u0000${path}`;
  const reused = reuse(stamps, id, stamp);
  if (reused) return reused;
  let key: string | undefined;
  const keyed: NonNullable<AnalyzeFileOptions['factsStore']> = {
    get: (k) => {
      key = k;
      return store.get(k);
    },
    set: (k, facts) => store.set(k, facts),
  };
  const file = await analyzeFile(root, path, config, { ...options, factsStore: keyed });
  stampOutcome(stamps, id, stamp, key, file);
  return file;
}

function reuse(stamps: StampStore, id: string, stamp: FileStamp): AnalyzedFile | undefined {
  const entry: StampedFile | undefined = stamps.get(id);
  if (!entry || stamps.takenAt === undefined || stamp.mtimeMs >= stamps.takenAt - RACY_MARGIN_MS) return undefined;
  const was = entry.stamp;
  if (was.size !== stamp.size || was.mtimeMs !== stamp.mtimeMs || was.ctimeMs !== stamp.ctimeMs || was.ino !== stamp.ino || was.dev !== stamp.dev) return undefined;
  let facts: FileFacts | undefined;
  if (entry.key !== undefined) {
    facts = stamps.facts(entry.key);
    if (!facts) return undefined;
  }
  stamps.set(id, entry, true);
  const file = facts ? { ...entry.file, detections: facts.detections, references: facts.references, sensitiveContent: facts.sensitiveContent ?? [], declares: facts.declares ?? [] } : entry.file;
  // A fresh copy, as `analyzeFile` returns: the pipeline must not share objects with the store.
  return JSON.parse(JSON.stringify(file)) as AnalyzedFile;
}
