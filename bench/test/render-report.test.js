import { describe, expect, it } from 'vitest';
import { renderReport } from '../render-report.js';
import { evaluateTargets } from '../targets.js';

const runs = {
  grep: { name: 'grep-floor (grep -rlE tokens)', wall: 0.3, cpu: 0.2, rssMb: 8 },
  scan: { name: 'pixel-patrol scan (full tree)', wall: 4, cpu: 2, rssMb: 250.4, stats: { scanMs: 3500 } },
};
const result = {
  size: 'small', seed: 1, date: '2026-11-29T10:00:00.000Z', cores: 2, cpu: 'AMD EPYC', node: 'v20.20.2',
  loadAverage: { start: 1.04, end: 2.96 }, threads: { option: { supported: false }, used: '1' }, basis: 'cpu',
  trees: { tree: { files: 992, megabytes: 12.1 } },
  runs, targets: evaluateTargets({ runs, basis: 'cpu' }),
};

describe('renderReport', () => {
  it('renders the machine, the trees, every run and the targets as Markdown', () => {
    const text = renderReport(result);
    expect(text.split('\n').slice(0, 11)).toEqual([
      '`small`, seed 1, 2026-11-29: 2 cores (AMD EPYC), Node 20.20.2, pixel-patrol threads: 1, load average 1.0 → 3.0',
      '',
      '| tree | files | size |',
      '|---|---|---|',
      '| small tree (seed 1) | 992 | 12.1 MB |',
      '',
      '| run | wall | CPU | peak RSS | `--stats` scan |',
      '|---|---|---|---|---|',
      '| grep-floor (grep -rlE tokens) | 0.30 s | 0.20 s | 8 MB | — |',
      '| pixel-patrol scan (full tree) | 4.00 s | 2.00 s | 250 MB | 3.50 s |',
      '',
    ]);
    expect(text).toContain('Full scan: 496 files/s and 6.0 MB/s of CPU time (248 files/s, 3.0 MB/s wall).');
    expect(text).toContain('| full scan ≤ 3× the grep floor | 10.0× CPU, 13.3× wall | **not met** |');
    expect(text).toContain('| `--cache` re-scan, one file changed: < 10% of cold | — | not measured |');
    expect(text.endsWith('Status judged on CPU time (pixel-patrol runs one thread; wall time on a shared machine includes waiting for other processes).\n')).toBe(true);
  });

  it('ends with the warnings of the run, when it has any', () => {
    const text = renderReport({ ...result, warnings: ['scan --cache (warm): expected exactly 1 cache miss after one edit, got {"hits":3,"misses":2}'] });
    expect(text.endsWith('other processes).\n\n**Warning:** scan --cache (warm): expected exactly 1 cache miss after one edit, got {"hits":3,"misses":2}\n')).toBe(true);
  });
});
