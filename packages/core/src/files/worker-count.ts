import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** Below both, starting workers (each loads the parsers afresh) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 200;
const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;
/** Each worker holds its own parsers and one file's syntax tree: beyond this, memory grows for little. */
const MAX_AUTO_WORKERS = 4;

/**
 * How many worker threads analyse the files: `requested` when given (0 or 1: none, this thread
 * does it all), else one per core once the input is big enough to pay for starting them.
 */
export async function workerCount(root: string, paths: readonly string[], requested: number | undefined): Promise<number> {
  if (requested !== undefined) return requested < 2 ? 0 : Math.min(Math.floor(requested), paths.length);
  const workers = Math.min(availableParallelism(), MAX_AUTO_WORKERS, paths.length);
  if (workers < 2) return 0;
  return paths.length >= MIN_FILES_FOR_WORKERS || (await totalBytes(root, paths)) >= MIN_BYTES_FOR_WORKERS ? workers : 0;
}

/** Only asked of fewer than MIN_FILES_FOR_WORKERS files, so the stats cost next to nothing. */
async function totalBytes(root: string, paths: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const path of paths) {
    try {
      bytes += (await stat(resolve(root, path))).size;
    } catch {
      // Unreadable: analyzeFile reports it; it weighs nothing here.
    }
  }
  return bytes;
}
