// The issue's targets, judged from one benchmark run's measurements. Pure: no I/O, no timing.

/** The runs whose peak RSS counts against the memory target. */
export const PIXEL_PATROL_RUNS = ['scan', 'scanJs', 'half', 'cacheCold', 'cacheWarm', 'stagedPrime', 'stagedCache', 'stagedNoCache'];

/**
 * The time ratio for exactly twice the bytes, from two runs of different sizes, assuming
 * time ∝ bytes^k (k = 1 is linear). Generated trees are never exactly half, so the raw ratio
 * is normalised instead of compared directly.
 */
export function doublingRatio(smaller, larger) {
  const bytes = larger.bytes / smaller.bytes;
  if (!(bytes > 1.2) || !(smaller.seconds > 0) || !(larger.seconds > 0)) return undefined;
  return 2 ** (Math.log(larger.seconds / smaller.seconds) / Math.log(bytes));
}

const times = (x) => `${x.toFixed(x < 10 ? 2 : 1)}×`;
const percent = (x) => `${(x * 100).toFixed(1)}%`;
const seconds = (x) => `${x.toFixed(2)} s`;

/**
 * One row per target: `measured` shows the value on `basis` (CPU time on a shared machine, wall
 * time when pixel-patrol runs several threads) and then on the other clock; the status is judged
 * on `basis`. A target whose runs are missing (`--only`) is "not measured", never "met".
 */
export function evaluateTargets({ runs, bytes = {}, basis = 'cpu' }) {
  const other = basis === 'cpu' ? 'wall' : 'cpu';
  const clock = { cpu: 'CPU', wall: 'wall' };
  const at = (id, c) => runs[id]?.[c];
  const ratio = (a, b) => (c) => (at(a, c) > 0 && at(b, c) > 0 ? at(a, c) / at(b, c) : undefined);
  const rows = [];
  const timed = (target, value, fmt, ok) => {
    const v = value(basis);
    const w = value(other);
    const measured = v === undefined ? '—' : `${fmt(v)} ${clock[basis]}${w === undefined ? '' : `, ${fmt(w)} ${clock[other]}`}`;
    rows.push({ target, value: v, measured, status: status(v, ok) });
  };
  const status = (v, ok) => (v === undefined ? 'not measured' : ok === undefined ? '—' : ok(v) ? 'met' : 'not met');

  timed('full scan ≤ 3× the grep floor', ratio('scan', 'grep'), times, (v) => v <= 3);
  timed('≥ 10× faster than ESLint on the JS/TS part', ratio('eslint', 'scanJs'), times, (v) => v >= 10);
  timed(
    'linear in bytes: double the tree ≤ 2.2× the time',
    (c) => (runs.half && runs.scan && bytes.half && bytes.full ? doublingRatio({ bytes: bytes.half, seconds: at('half', c) }, { bytes: bytes.full, seconds: at('scan', c) }) : undefined),
    times,
    (v) => v <= 2.2,
  );
  const rss = PIXEL_PATROL_RUNS.filter((id) => runs[id]).map((id) => runs[id].rssMb);
  const peak = rss.length > 0 ? Math.max(...rss) : undefined;
  rows.push({ target: 'peak RSS < 512 MB (every pixel-patrol run)', value: peak, measured: peak === undefined ? '—' : `${peak.toFixed(0)} MB`, status: status(peak, (v) => v < 512) });
  timed('`--cache` re-scan, one file changed: < 10% of cold', ratio('cacheWarm', 'cacheCold'), percent, (v) => v < 0.1);
  for (const [id, what] of [
    ['stagedCache', '`--staged --cache`, one staged file, 5k-file repo: scan < 0.5 s'],
    ['stagedNoCache', '`--staged` (no cache), one staged file, 5k-file repo: scan < 0.5 s'],
  ]) {
    const scanMs = runs[id]?.stats?.scanMs;
    const v = scanMs === undefined ? undefined : scanMs / 1000;
    const measured = v === undefined ? '—' : `${seconds(v)} scan (\`--stats\`), ${seconds(runs[id].wall)} wall, ${seconds(runs[id].cpu)} CPU`;
    rows.push({ target: what, value: v, measured, status: status(v, (x) => x < 0.5) });
  }
  timed('full scan / I/O floor', ratio('scan', 'io'), times);
  timed('full scan / parse every file', ratio('scan', 'parseAll'), times);
  return rows;
}

/** A Markdown table, so the output can be pasted into docs/performance.md as it is. */
export function markdownTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function targetTable(rows) {
  return markdownTable(
    ['target', 'measured', 'status'],
    rows.map((r) => [r.target, r.measured, r.status === 'not met' ? '**not met**' : r.status]),
  );
}
