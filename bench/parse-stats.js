// Reads the block `pixel-patrol scan --stats` writes on stderr (packages/cli/src/stats.ts).

/**
 * Phases, cache counts and scan time from `--stats` output, or undefined when there is none.
 * Phases named `detect:<front end>` are parts of `read_parse_detect`, so the scan time sums only
 * the top-level phases (those without a colon).
 */
export function parseStats(stderr) {
  const at = stderr.indexOf('pixel-patrol stats');
  if (at < 0) return undefined;
  const block = stderr.slice(at);
  const phases = {};
  const time = block.match(/^ {2}time \(ms\): (.*)$/m);
  for (const part of time ? time[1].split(', ') : []) {
    const m = part.match(/^(\S+) ([\d.]+)$/);
    if (m) phases[m[1]] = Number(m[2]);
  }
  const scanMs = Object.entries(phases)
    .filter(([name]) => !name.includes(':'))
    .reduce((sum, [, ms]) => sum + ms, 0);
  const files = block.match(/^ {2}files: (\d+)/m);
  // `cache: [S stat hits, ]H hits, M misses` (stat hits only with the metadata strategy).
  const cache = block.match(/^ {2}cache: (?:(\d+) stat hits, )?(\d+) hits, (\d+) misses/m);
  const reported = block.match(/reported: (\d+)/);
  return {
    files: files ? Number(files[1]) : undefined,
    reported: reported ? Number(reported[1]) : undefined,
    phases,
    scanMs: Math.round(scanMs * 10) / 10,
    ...(cache ? { cache: { ...(cache[1] === undefined ? {} : { statHits: Number(cache[1]) }), hits: Number(cache[2]), misses: Number(cache[3]) } } : {}),
  };
}
