import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ProjectSnapshot } from '@pixel-patrol/core';

export interface AnalysisRequest {
  /** Project root: the folder holding the config file. */
  root: string;
  configFile: string;
}

export type AnalysisReply = { ok: true; snapshot: ProjectSnapshot } | { ok: false; message: string };

const TIMEOUT_MS = 120_000;
let channel: { worker: Worker; port: MessagePort } | undefined;

function workerFile(): string {
  const compiled = fileURLToPath(new URL('./analyze-worker.js', import.meta.url));
  // Run from TypeScript sources (as under vitest), the worker still has to be compiled JavaScript.
  return existsSync(compiled) ? compiled : fileURLToPath(new URL('../../dist/project/analyze-worker.js', import.meta.url));
}

/**
 * Runs `analyze()` in a worker thread and blocks until it answers: ESLint rules are synchronous,
 * the analysis is not. The worker lives for the process and never keeps it alive.
 */
export function analyzeSync(request: AnalysisRequest): AnalysisReply {
  if (!channel) {
    const file = workerFile();
    if (!existsSync(file)) return { ok: false, message: `the plugin is not built (${file} is missing)` };
    const { port1, port2 } = new MessageChannel();
    // No inherited flags: a test runner's `--conditions source` would point the worker at TypeScript.
    const worker = new Worker(file, { workerData: { port: port2 }, transferList: [port2], execArgv: [] });
    worker.unref();
    channel = { worker, port: port1 };
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  channel.worker.postMessage({ request, signal });
  const waited = Atomics.wait(signal, 0, 0, TIMEOUT_MS);
  const received = receiveMessageOnPort(channel.port);
  if (!received) {
    void channel.worker.terminate();
    channel = undefined;
    return { ok: false, message: waited === 'timed-out' ? `project analysis took longer than ${TIMEOUT_MS / 1000} s` : 'project analysis stopped without an answer' };
  }
  return received.message as AnalysisReply;
}
