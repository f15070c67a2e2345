import { Worker } from 'node:worker_threads';
import type { FactsStore } from '../cache/facts-store.js';
import type { ResolvedConfig } from '../config/config.js';
import type { AnalyzedFile, AnalyzeFileOptions } from './analyze-file.js';
import { analyzeFileByStamp } from './analyze-file-by-stamp.js';
import { fileKind } from './file-kind.js';
import { stampOutcome } from './stamp-outcome.js';
import type { WorkerProtocol } from './worker-protocol.js';

type Outcome = Extract<WorkerProtocol['fromWorker'], { type: 'done' }> | { type: 'failed' };

interface Lane {
  worker: Worker;
  /** The files it holds: a few ahead, so it does not wait on this thread, however busy, for more. */
  ids: number[];
}

const FILES_PER_WORKER = 4;

export interface WorkerRunOptions extends Omit<AnalyzeFileOptions, 'factsStore'> {
  factsStore?: FactsStore;
  workers: number;
  /** The module each worker runs: `analyze-worker.js`, or a test's stand-in. */
  workerModule: URL;
}

/**
 * Spreads files over worker threads, a few at a time each, and yields their facts in
 * the order given, with cache writes and timings applied in that order too: a run is identical
 * to one thread. A file whose worker reports an exception, dies or runs out of memory is re-run
 * here, exactly as one thread would run it (a ConfigError then stops the run as it would have).
 * A dead worker is not replaced; once none is left, the remaining files run here.
 */
export async function* analyzeInWorkers(root: string, paths: readonly string[], config: ResolvedConfig, options: WorkerRunOptions): AsyncGenerator<AnalyzedFile> {
  const { timings = {}, factsStore, keyPrefix = '' } = options;
  const setup: WorkerProtocol['setup'] = { root, config, keyPrefix, cache: factsStore !== undefined };
  const outcomes = new Map<number, Outcome>();
  const lanes: Lane[] = [];
  let next = 0;
  let alive = 0;
  let wake = () => {};
  const settle = (id: number, outcome: Outcome) => {
    outcomes.set(id, outcome);
    wake();
  };
  const post = (lane: Lane, m: WorkerProtocol['toWorker']) => lane.worker.postMessage(m);
  const feed = (lane: Lane) => {
    while (lane.ids.length < FILES_PER_WORKER && next < paths.length) {
      lane.ids.push(next);
      post(lane, { type: 'file', id: next, path: paths[next++]! });
    }
  };
  const fail = (lane: Lane) => {
    for (const id of lane.ids.splice(0)) settle(id, { type: 'failed' });
  };
  const answer = (lane: Lane, id: number, key: string) => {
    try {
      post(lane, { type: 'cached', id, facts: factsStore?.get(key) });
    } catch {
      // The store failed: give up on this worker; its files re-run here and meet the store again.
      fail(lane);
      void lane.worker.terminate();
    }
  };
  for (let i = 0; i < options.workers; i++) {
    let worker: Worker;
    try {
      worker = new Worker(options.workerModule, { workerData: setup });
    } catch {
      continue;
    }
    const lane: Lane = { worker, ids: [] };
    alive++;
    lane.worker.on('message', (m: WorkerProtocol['fromWorker']) => {
      if (m.type === 'lookup') return answer(lane, m.id, m.key);
      lane.ids = lane.ids.filter((id) => id !== m.id);
      settle(m.id, m.type === 'done' ? m : { type: 'failed' });
      feed(lane);
    });
    // An uncaught exception, a failed module load or an out-of-memory: 'exit' follows and settles.
    lane.worker.on('error', () => {});
    lane.worker.on('exit', () => {
      alive--;
      fail(lane);
      wake();
    });
    lanes.push(lane);
    feed(lane);
  }
  try {
    for (let i = 0; i < paths.length; i++) {
      while (!outcomes.has(i) && !(alive === 0 && i >= next)) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = outcomes.get(i);
      outcomes.delete(i);
      if (outcome?.type !== 'done') {
        yield await analyzeFileByStamp(root, paths[i]!, config, options);
        continue;
      }
      for (const [phase, ms] of Object.entries(outcome.timings)) timings[phase] = (timings[phase] ?? 0) + ms;
      for (const [key, facts] of outcome.saved) factsStore?.set(key, facts);
      const stamps = factsStore?.stamps;
      if (stamps && outcome.stamp && fileKind(outcome.file.record.path) !== 'binary') {
        stampOutcome(stamps, `${keyPrefix}\u0000${outcome.file.record.path}`, outcome.stamp, outcome.key, outcome.file);
      }
      yield outcome.file;
    }
  } finally {
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }
}
