import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ProjectSnapshot } from '@pixel-patrol/core';
import type { AnalysisReply, AnalysisRequest } from './analyze-sync.js';

// Runs core's asynchronous `analyze()` for the plugin, whose rules must answer synchronously.
const replies = (workerData as { port: MessagePort }).port;

async function answer(request: AnalysisRequest): Promise<AnalysisReply> {
  try {
    // Loaded here, not at the top, so that a broken install is an answer rather than a silent hang.
    const { analyze } = await import('@pixel-patrol/core');
    const r = await analyze({ cwd: request.root, paths: ['.'], configFile: request.configFile });
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
