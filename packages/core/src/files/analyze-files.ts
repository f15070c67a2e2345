import type { FactsStore } from '../cache/facts-store.js';
import type { ResolvedConfig } from '../config/config.js';
import type { FileFacts } from '../detectors/front-end.js';
import type { AnalyzedFile, AnalyzeFileOptions } from './analyze-file.js';
import { analyzeFileByStamp } from './analyze-file-by-stamp.js';
import { analyzeInWorkers } from './analyze-in-workers.js';
import { workerCount } from './worker-count.js';

export interface AnalyzeFilesOptions extends Omit<AnalyzeFileOptions, 'factsStore'> {
  factsStore?: FactsStore;
  /** Threads doing file work: 0 or 1 for this one only; default chosen from the input's size. */
  threads?: number;
  /** The module each worker thread runs (default: core's own `analyze-worker.js`). */
  workerModule?: URL;
}

/** With a cache and no thread count asked for, this many files are tried here first. */
const CACHE_PROBE = 100;

/**
 * Every file's facts in the order given, from this thread or from worker threads; either way the
 * same facts. A test clock is code, which a worker cannot be given, so it keeps the run here.
 */
export async function* analyzeFiles(root: string, paths: readonly string[], config: ResolvedConfig, options: AnalyzeFilesOptions): AsyncGenerator<AnalyzedFile> {
  const workers = options.clock ? 0 : await workerCount(root, paths, options.threads, config.maxFileSize);
  let parallel = workers > 0;
  let done = 0;
  const store = options.factsStore;
  if (parallel && store && options.threads === undefined) {
    // A warm cache leaves next to nothing to parse, and workers would cost more than they save:
    // they start only if most of the first files had to be parsed.
    // A file reused by its stat stamp makes no lookup, so misses are weighed against files tried.
    let misses = 0;
    const counting: FactsStore = {
      get: (key: string): FileFacts | undefined => {
        const facts = store.get(key);
        if (!facts) misses++;
        return facts;
      },
      set: (key, facts) => store.set(key, facts),
      ...(store.stamps ? { stamps: store.stamps } : {}),
    };
    for (; done < Math.min(CACHE_PROBE, paths.length); done++) yield await analyzeFileByStamp(root, paths[done]!, config, { ...options, factsStore: counting });
    parallel = misses * 2 >= done;
  }
  const rest = paths.slice(done);
  if (!parallel) {
    for (const path of rest) yield await analyzeFileByStamp(root, path, config, options);
    return;
  }
  const workerModule = options.workerModule ?? new URL('./analyze-worker.js', import.meta.url);
  yield* analyzeInWorkers(root, rest, config, { ...options, workers, workerModule });
}
