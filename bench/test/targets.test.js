import { describe, expect, it } from 'vitest';
import { doublingRatio, evaluateTargets, targetTable } from '../targets.js';

const run = (wall, cpu, rssMb = 100, stats) => ({ wall, cpu, rssMb, ...(stats ? { stats } : {}) });

describe('doublingRatio', () => {
  it('is the raw ratio when the larger tree is exactly twice the bytes', () => {
    expect(doublingRatio({ bytes: 100, seconds: 3 }, { bytes: 200, seconds: 6.6 })).toBeCloseTo(2.2, 10);
  });

  it('normalises a tree that is not exactly twice the size (time ∝ bytes^k)', () => {
    // 4× the bytes in 4× the time is linear: 2× for double.
    expect(doublingRatio({ bytes: 100, seconds: 1 }, { bytes: 400, seconds: 4 })).toBeCloseTo(2, 10);
    // 4× the bytes in 16× the time is quadratic: 4× for double.
    expect(doublingRatio({ bytes: 100, seconds: 1 }, { bytes: 400, seconds: 16 })).toBeCloseTo(4, 10);
  });

  it('refuses trees too close in size to say anything', () => {
    expect(doublingRatio({ bytes: 100, seconds: 1 }, { bytes: 110, seconds: 2 })).toBeUndefined();
    expect(doublingRatio({ bytes: 100, seconds: 0 }, { bytes: 200, seconds: 2 })).toBeUndefined();
  });
});

describe('evaluateTargets', () => {
  const runs = {
    io: run(0.2, 0.2),
    grep: run(0.3, 0.2, 8),
    parseAll: run(9, 8),
    scan: run(0.8, 0.5, 300),
    scanJs: run(0.5, 0.4),
    eslint: run(8, 9),
    half: run(0.4, 0.25),
    cacheCold: run(1, 1),
    cacheWarm: run(0.2, 0.05, 600),
    stagedCache: run(0.6, 0.5, 100, { scanMs: 320 }),
    stagedNoCache: run(3, 3, 100, { scanMs: 2500 }),
  };
  const names = ['grep', 'eslint', 'linear', 'rss', 'cache', 'stagedCache', 'stagedNoCache', 'io', 'parseAll'];
  const byTarget = (rows) => Object.fromEntries(rows.map((r, i) => [names[i], r]));

  it('judges every target on CPU time for a one-thread run, showing the wall value too', () => {
    const rows = byTarget(evaluateTargets({ runs, bytes: { half: 100, full: 200 }, basis: 'cpu' }));
    expect(rows.grep).toMatchObject({ value: 2.5, measured: '2.50× CPU, 2.67× wall', status: 'met' });
    expect(rows.eslint).toMatchObject({ value: 22.5, measured: '22.5× CPU, 16.0× wall', status: 'met' });
    expect(rows.linear).toMatchObject({ value: 2, status: 'met' });
    expect(rows.rss).toMatchObject({ value: 600, measured: '600 MB', status: 'not met' });
    expect(rows.cache).toMatchObject({ value: 0.05, measured: '5.0% CPU, 20.0% wall', status: 'met' });
    expect(rows.stagedCache).toMatchObject({ value: 0.32, measured: '0.32 s scan (`--stats`), 0.60 s wall, 0.50 s CPU', status: 'met' });
    expect(rows.stagedNoCache).toMatchObject({ value: 2.5, status: 'not met' });
    expect(rows.io).toMatchObject({ measured: '2.50× CPU, 4.00× wall', status: '—' });
    expect(rows.parseAll.status).toBe('—');
    expect(rows.parseAll.target).toBe('full scan / parse every file');
  });

  it('judges on wall time when pixel-patrol runs several threads', () => {
    const rows = byTarget(evaluateTargets({ runs, bytes: { half: 100, full: 200 }, basis: 'wall' }));
    expect(rows.grep).toMatchObject({ measured: '2.67× wall, 2.50× CPU', status: 'met' });
    expect(rows.cache).toMatchObject({ value: 0.2, status: 'not met' });
  });

  it('never calls a target met when its runs are missing', () => {
    const rows = evaluateTargets({ runs: { scan: runs.scan } });
    expect(rows.filter((r) => r.status === 'met').map((r) => r.target)).toEqual(['peak RSS < 512 MB (every pixel-patrol run)']);
    expect(rows.filter((r) => r.status === 'not measured')).toHaveLength(rows.length - 1);
  });

  it('prints a Markdown table with unmet targets in bold', () => {
    const table = targetTable([
      { target: 'a', measured: '1×', status: 'met' },
      { target: 'b', measured: '—', status: 'not met' },
    ]);
    expect(table).toBe('| target | measured | status |\n|---|---|---|\n| a | 1× | met |\n| b | — | **not met** |');
  });
});
