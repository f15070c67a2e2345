import { describe, expect, it } from 'vitest';
import { parseStats } from '../parse-stats.js';

// As packages/cli/src/stats.ts writes it, followed by GNU time's line as bench/measure.js asks for it.
const STDERR = `pixel-patrol stats
  files: 4923 (scanned 4910, skipped-by-config 13)
  routes: 2106, reach edges: 8512
  detections: 40, findings: 130, reported: 0
  cache: 4905 hits, 1 misses (/tmp/cache)
  time (ms): discover 335.7, detect:js 27.2, read_parse_detect 1439.4, routes 12.0, reach 85.9, rules 15.3
@@time 2.78 2.90 0.34 132096
`;

describe('parseStats', () => {
  it('reads phases, cache counts and the scan time as the sum of top-level phases', () => {
    expect(parseStats(STDERR)).toEqual({
      files: 4923,
      reported: 0,
      phases: { discover: 335.7, 'detect:js': 27.2, read_parse_detect: 1439.4, routes: 12, reach: 85.9, rules: 15.3 },
      scanMs: 1888.3,
      cache: { hits: 4905, misses: 1 },
    });
  });

  it('reads the stat hits the metadata cache strategy adds', () => {
    const stamped = STDERR.replace('cache: 4905 hits, 1 misses', 'cache: 4904 stat hits, 1 hits, 1 misses');
    expect(parseStats(stamped)?.cache).toEqual({ statHits: 4904, hits: 1, misses: 1 });
  });

  it('has no cache entry without --cache, and nothing without --stats', () => {
    const noCache = STDERR.replace(/^ {2}cache:.*\n/m, '');
    expect(parseStats(noCache)?.cache).toBeUndefined();
    expect(parseStats(noCache)?.scanMs).toBe(1888.3);
    expect(parseStats('@@time 0.1 0.1 0 1000\n')).toBeUndefined();
  });
});
