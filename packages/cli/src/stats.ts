import type { AnalysisResult } from '@pixel-patrol/core';
import type { FsFactsStore } from './cache-store.js';

/** `--stats`: counts and time per phase, on stderr so a report on stdout stays parseable. */
export function formatStats(result: AnalysisResult, reported: number, cache: FsFactsStore | undefined): string {
  const files = Object.values(result.stats.files).reduce((a, b) => a + b, 0);
  const states = Object.entries(result.stats.files)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');
  const phases = Object.entries(result.stats.timings).map(([phase, ms]) => `${phase} ${ms.toFixed(1)}`);
  const lines = [
    'pixel-patrol stats',
    `  files: ${files} (${states || 'none'})`,
    `  routes: ${result.routes.length}, reach edges: ${result.edges.length}`,
    `  detections: ${result.stats.detections}, findings: ${result.stats.findings}, reported: ${reported}`,
    ...(cache ? [`  cache: ${cache.stamps ? `${cache.statHits} stat hits, ` : ''}${cache.hits} hits, ${cache.misses} misses (${cache.dir})`] : []),
    `  time (ms): ${phases.join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
