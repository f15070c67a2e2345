import type { FactsStore } from '../cache/facts-store.js';
import type { ResolvedConfig } from '../config/config.js';
import { analyzeFile, type AnalyzedFile, type AnalyzeFileOptions } from './analyze-file.js';
import { analyzeInWorkers } from './analyze-in-workers.js';
import { workerCount } from './worker-count.js';

export interface AnalyzeFilesOptions extends Omit<AnalyzeFileOptions, 'factsStore'> {
  factsStore?: FactsStore;
  /** Threads doing file work: 0 or 1 for this one only; default chosen from the input's size. */
  threads?: number;
  /** The module each worker thread runs (default: core's own `analyze-worker.js`). */
  workerModule?: URL;
}

/**
 * Every file's facts in the order given, from this thread or from worker threads; either way the
 * same facts. A test clock is code, which a worker cannot be given, so it keeps the run here.
 */
export async function* analyzeFiles(root: string, paths: readonly string[], config: ResolvedConfig, options: AnalyzeFilesOptions): AsyncGenerator<AnalyzedFile> {
  const workers = options.clock ? 0 : await workerCount(root, paths, options.threads, config.maxFileSize);
  if (workers === 0) {
    for (const path of paths) yield await analyzeFile(root, path, config, options);
    return;
  }
  yield* analyzeInWorkers(root, paths, config, { ...options, workers, workerModule: options.workerModule ?? new URL('./analyze-worker.js', import.meta.url) });
}
