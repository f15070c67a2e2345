import { analyze, type AnalysisResult, type AnalyzeOptions } from '@pixel-patrol/core';

/** Vitest runs core from its TypeScript sources; a worker thread runs the built module. */
export const BUILT_WORKER = new URL('../../dist/files/analyze-worker.js', import.meta.url);

/** Everything a run reports except how long it took. */
export function comparable(r: AnalysisResult): Omit<AnalysisResult, 'stats' | 'config'> & { stats: Omit<AnalysisResult['stats'], 'timings'> } {
  const { files, detections, findings } = r.stats;
  return { root: r.root, findings: r.findings, detections: r.detections, files: r.files, routes: r.routes, edges: r.edges, stats: { files, detections, findings } };
}

/** A run with `threads` threads doing file work (1: this thread only). */
export async function runWith(threads: number, options: AnalyzeOptions): Promise<ReturnType<typeof comparable>> {
  return comparable(await analyze({ now: new Date('2026-11-29T00:00:00Z'), ...options, threads, workerModule: options.workerModule ?? BUILT_WORKER }));
}
