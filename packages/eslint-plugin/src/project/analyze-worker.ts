import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { FactsStore, FileFacts, ProjectSnapshot } from '@pixel-patrol/core';
import type { AnalysisReply, AnalysisRequest } from './analyze-sync.js';

// Runs core's asynchronous `analyze()` for the plugin, whose rules must answer synchronously.
const replies = (workerData as { port: MessagePort }).port;

/**
 * Per project root, the facts of the files its previous analysis read, so a rebuild after one saved
 * file parses only that file. Entries the latest analysis did not use are dropped.
 */
const previousByRoot = new Map<string, Map<string, FileFacts>>();

async function answer(request: AnalysisRequest): Promise<AnalysisReply> {
  const previous = previousByRoot.get(request.root) ?? new Map<string, FileFacts>();
  const current = new Map<string, FileFacts>();
  const factsStore: FactsStore = {
    get(key) {
      const hit = previous.get(key);
      if (hit) current.set(key, hit);
      return hit;
    },
    set: (key, facts) => void current.set(key, facts),
  };
  try {
    // Loaded here, not at the top, so that a broken install is an answer rather than a silent hang.
    const { analyze } = await import('@pixel-patrol/core');
    const r = await analyze({ cwd: request.root, paths: ['.'], configFile: request.configFile, factsStore });
    previousByRoot.set(request.root, current);
    const snapshot: ProjectSnapshot = { root: r.root, config: r.config, files: r.files, routes: r.routes, edges: r.edges };
    return { ok: true, snapshot };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

parentPort!.on('message', ({ request, signal }: { request: AnalysisRequest; signal: Int32Array }) => {
  void answer(request).then((reply) => {
    replies.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});
