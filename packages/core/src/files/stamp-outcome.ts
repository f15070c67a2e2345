import type { StampStore } from '../cache/facts-store.js';
import type { FileStamp } from '../cache/file-stamp.js';
import type { AnalyzedFile } from './analyze-file.js';

/** Outcomes that depend only on the bytes (and config): a read error or a time-out is retried. */
const KEPT_STATES = new Set(['scanned', 'too-large', 'skipped-as-binary']);

/**
 * Keeps a file's outcome under the stat it was read under, for the metadata cache strategy. The
 * stat must have been taken before the read: a write after it moves the mtime past the run's
 * start, and the racy-clean rule then refuses the entry, so a stale outcome is never reused.
 * The front-end facts stay under their content key (`key`) and are not stored twice.
 */
export function stampOutcome(stamps: StampStore, id: string, stamp: FileStamp, key: string | undefined, file: AnalyzedFile): void {
  if (!KEPT_STATES.has(file.record.state)) return;
  const kept = key === undefined ? file : { ...file, detections: [], references: [], sensitiveContent: [], declares: [] };
  stamps.set(id, { stamp, ...(key === undefined ? {} : { key }), file: kept }, false);
}
