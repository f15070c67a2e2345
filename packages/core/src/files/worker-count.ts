import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileKind, type FileKind } from './file-kind.js';

/**
 * A worker costs about a second of CPU before it runs at full speed (it loads and warms up the
 * parsers afresh), and a parsed file a few milliseconds: measured on 2 cores, workers pay from
 * about a thousand files or 16 MB to parse (docs/cli.md#threads).
 */
const MIN_FILES = 1000;
const MIN_BYTES = 16 * 1024 * 1024;
/** Each worker holds its own parsers and syntax trees: beyond this, memory grows for little. */
const MAX_AUTO_WORKERS = 4;
/** What a front end parses; binary files are skipped and other text is only prefiltered. */
const PARSED = new Set<FileKind>(['html', 'script', 'template', 'json']);

/**
 * How many worker threads analyse the files: `requested` when given (0 or 1: none, this thread
 * does it all), else one per core (at most 4) once there is enough to parse to pay for them.
 */
export async function workerCount(root: string, paths: readonly string[], requested: number | undefined, maxFileSize: number, cores = availableParallelism()): Promise<number> {
  if (requested !== undefined) return requested < 2 ? 0 : Math.min(Math.floor(requested), paths.length);
  const parsed = paths.filter((p) => PARSED.has(fileKind(p)));
  const workers = Math.min(cores, MAX_AUTO_WORKERS, parsed.length);
  if (workers < 2) return 0;
  if (parsed.length >= MIN_FILES) return workers;
  return (await parsedBytes(root, parsed, maxFileSize)) >= MIN_BYTES ? workers : 0;
}

/** Only asked of fewer than MIN_FILES files, so the stats cost next to nothing. */
async function parsedBytes(root: string, paths: readonly string[], maxFileSize: number): Promise<number> {
  let bytes = 0;
  for (const path of paths) {
    try {
      // A larger file is only token-scanned, in windows.
      bytes += Math.min((await stat(resolve(root, path))).size, maxFileSize);
    } catch {
      // Unreadable: analyzeFile reports it; it weighs nothing here.
    }
  }
  return bytes;
}
