// The Markdown report of one benchmark result (as run.js writes it): trees, runs and targets.
// Usage: node bench/render-report.js bench/results/<size>-<date>.json
import { readFileSync } from 'node:fs';
import { markdownTable, targetTable } from './targets.js';

const TREE_LABELS = { tree: (r) => `${r.size} tree (seed ${r.seed})`, halfTree: () => 'half-size tree (linearity)', stagedRepo: () => '`--staged` repository (tracked files)' };

/** Pure: the same result always renders the same text, so the doc can be regenerated from JSON. */
export function renderReport(result) {
  const s = (x) => `${x.toFixed(2)} s`;
  const load = result.loadAverage ? `, load average ${result.loadAverage.start.toFixed(1)} → ${result.loadAverage.end.toFixed(1)}` : '';
  const head = `\`${result.size}\`, seed ${result.seed}, ${result.date.slice(0, 10)}: ${result.cores} cores (${result.cpu}), Node ${result.node.replace(/^v/, '')}, pixel-patrol threads: ${result.threads.used}${load}`;
  const trees = markdownTable(
    ['tree', 'files', 'size'],
    Object.entries(result.trees).map(([k, t]) => [TREE_LABELS[k](result), String(t.files ?? t.trackedFiles), `${t.megabytes} MB`]),
  );
  const runs = markdownTable(
    ['run', 'wall', 'CPU', 'peak RSS', '`--stats` scan'],
    Object.values(result.runs).map((r) => [r.name, s(r.wall), s(r.cpu), `${r.rssMb.toFixed(0)} MB`, r.stats ? s(r.stats.scanMs / 1000) : '—']),
  );
  const { scan } = result.runs;
  const tree = result.trees.tree;
  const throughput = scan && tree ? `\n\nFull scan: ${(tree.files / scan.cpu).toFixed(0)} files/s and ${(tree.megabytes / scan.cpu).toFixed(1)} MB/s of CPU time (${(tree.files / scan.wall).toFixed(0)} files/s, ${(tree.megabytes / scan.wall).toFixed(1)} MB/s wall).` : '';
  const basis = result.basis === 'cpu' ? 'CPU time (pixel-patrol runs one thread; wall time on a shared machine includes waiting for other processes)' : 'wall time (pixel-patrol runs several threads)';
  const warnings = (result.warnings ?? []).map((w) => `\n**Warning:** ${w}\n`).join('');
  return `${head}\n\n${trees}\n\n${runs}${throughput}\n\n${targetTable(result.targets)}\n\nStatus judged on ${basis}.\n${warnings}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    console.error('usage: node bench/render-report.js <result.json>');
    process.exit(2);
  }
  process.stdout.write(renderReport(JSON.parse(readFileSync(process.argv[2], 'utf8'))));
}
