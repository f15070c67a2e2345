import { describe, expect, it } from 'vitest';
import { fileBudget, FileBudgetExceeded, SAMPLE_EVERY } from '../src/files/file-budget.js';

/** A clock that counts its reads and stands still until `jump` moves it. */
function countingClock(): { clock: () => number; reads: () => number; jump: (ms: number) => void } {
  let now = 0;
  let reads = 0;
  return {
    clock: () => {
      reads++;
      return now;
    },
    reads: () => reads,
    jump: (ms) => (now += ms),
  };
}

describe('fileBudget.check', () => {
  it('reads the clock on the first check and then once every SAMPLE_EVERY checks', () => {
    const c = countingClock();
    fileBudget.run(1000, c.clock, () => {
      for (let i = 0; i < 10 * SAMPLE_EVERY; i++) fileBudget.check();
    });
    // One read to set the deadline, then checks 1, 1 + SAMPLE_EVERY, …
    expect(c.reads()).toBe(1 + 10);
  });

  it('throws on the very first check once the time is already spent', () => {
    const c = countingClock();
    expect(() =>
      fileBudget.run(1000, c.clock, () => {
        c.jump(1001);
        fileBudget.check();
      }),
    ).toThrow(new FileBudgetExceeded(1000));
  });

  it('throws within SAMPLE_EVERY checks of the deadline passing', () => {
    const c = countingClock();
    let checks = 0;
    const run = () =>
      fileBudget.run(1000, c.clock, () => {
        for (let i = 0; i < 5; i++) fileBudget.check();
        c.jump(1001);
        for (;;) {
          checks++;
          fileBudget.check();
        }
      });
    expect(run).toThrow(FileBudgetExceeded);
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(SAMPLE_EVERY);
  });

  it('reads the clock on the first check of every run, whatever the last run counted', () => {
    const c = countingClock();
    fileBudget.run(1000, c.clock, () => fileBudget.check());
    c.jump(5000);
    expect(() => fileBudget.run(10, c.clock, () => (c.jump(11), fileBudget.check()))).toThrow(new FileBudgetExceeded(10));
    expect(() => fileBudget.check()).not.toThrow();
  });
});
