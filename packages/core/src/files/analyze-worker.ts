import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { fileStamp, type FileStamp } from '../cache/file-stamp.js';
import type { FileFacts } from '../detectors/front-end.js';
import { analyzeFile } from './analyze-file.js';
import type { WorkerProtocol } from './worker-protocol.js';

// The body of a file worker thread (see file-worker-pool.ts): the same `analyzeFile` as one thread.
const port = parentPort!;
const { root, config, keyPrefix, cache } = workerData as WorkerProtocol['setup'];
const lookups = new Map<number, (facts: FileFacts | undefined) => void>();
const send = (m: WorkerProtocol['fromWorker']) => port.postMessage(m);

async function analyzeOne(id: number, path: string): Promise<void> {
  const timings: Record<string, number> = {};
  const saved: Array<[string, FileFacts]> = [];
  let key: string | undefined;
  let stamp: FileStamp | undefined;
  if (cache) {
    try {
      // Taken before the read, for the main thread's metadata cache (see stamp-outcome.ts).
      stamp = fileStamp(statSync(resolve(root, path)));
    } catch {
      stamp = undefined;
    }
  }
  // The cache lives in the main thread; a lookup is a round trip, and new facts go back with the result.
  const factsStore = cache
    ? {
        get: (k: string) =>
          new Promise<FileFacts | undefined>((answer) => {
            key = k;
            lookups.set(id, answer);
            send({ type: 'lookup', id, key: k });
          }),
        set: (key: string, facts: FileFacts) => void saved.push([key, facts]),
      }
    : undefined;
  try {
    const file = await analyzeFile(root, path, config, { timings, factsStore, keyPrefix });
    send({ type: 'done', id, file, timings, saved, ...(stamp ? { stamp } : {}), ...(key === undefined ? {} : { key }) });
  } catch (e) {
    // Including a ConfigError: the main thread re-runs the file and so throws it itself.
    send({ type: 'failed', id, message: String(e) });
  }
}

port.on('message', (m: WorkerProtocol['toWorker']) => {
  if (m.type === 'file') void analyzeOne(m.id, m.path);
  else {
    lookups.get(m.id)?.(m.facts);
    lookups.delete(m.id);
  }
});
