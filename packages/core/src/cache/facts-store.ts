import type { FileFacts } from '../detectors/front-end.js';
import type { AnalyzedFile } from '../files/analyze-file.js';
import type { FileStamp } from './file-stamp.js';

/**
 * Where per-file front-end facts are kept between runs. Core computes the keys (content hash,
 * pixel-patrol version, config hash, front end, path) and has no opinion on storage: the CLI
 * supplies a folder-backed store, tests an in-memory map.
 */
export interface FactsStore {
  get(key: string): FileFacts | undefined;
  set(key: string, facts: FileFacts): void;
  /** Present for the metadata strategy: files known unchanged by their stat are not read at all. */
  stamps?: StampStore;
}

/** A file's whole outcome with the stat it was read under; its front-end facts stay under `key`. */
export interface StampedFile {
  stamp: FileStamp;
  key?: string;
  file: AnalyzedFile;
}

export interface StampStore {
  /**
   * Wall-clock ms at which the stored stamps were taken (the start of the run that saved them).
   * A file modified within a margin of it may have changed again without its stamp moving.
   */
  readonly takenAt: number | undefined;
  /** `id` carries the version and config hash with the path. */
  get(id: string): StampedFile | undefined;
  set(id: string, entry: StampedFile, reused: boolean): void;
  /** The facts under a content key, kept for the next run, not counted as a cache lookup. */
  facts(key: string): FileFacts | undefined;
}
