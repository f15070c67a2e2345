import type { FileFacts } from '../detectors/front-end.js';

/**
 * Where per-file front-end facts are kept between runs. Core computes the keys (content hash,
 * pixel-patrol version, config hash, front end, path) and has no opinion on storage: the CLI
 * supplies a folder-backed store, tests an in-memory map.
 */
export interface FactsStore {
  get(key: string): FileFacts | undefined;
  set(key: string, facts: FileFacts): void;
}
