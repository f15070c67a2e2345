import { AsyncLocalStorage } from 'node:async_hooks';
import { cpuClock } from './cpu-clock.js';

/** Thrown by `fileBudget.check()` once the current file has used up its time. */
export class FileBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`analysis took longer than the per-file time budget of ${budgetMs} ms`);
    this.name = 'FileBudgetExceeded';
  }
}

interface Deadline {
  clock: () => number;
  at: number;
  ms: number;
  /** Checks left before the clock is read again. */
  skip: number;
}

/**
 * Reading a CPU clock is a system call, and callers check after every 1,024 nodes of every walk,
 * which adds up over thousands of small inline scripts. Reading it on the first check of a file
 * and then on every 16th keeps a stalled file's overrun to a few milliseconds.
 */
export const SAMPLE_EVERY = 16;

const current = new AsyncLocalStorage<Deadline>();

/**
 * The per-file time budget, in CPU milliseconds. Long loops (AST and DOM walks, token scans) call `check()` now and
 * then, so a file that would stall the run is abandoned and reported instead. The deadline lives
 * in async-local storage, so concurrent analyses in one process do not share it.
 */
export const fileBudget = {
  run<T>(ms: number, clock: (() => number) | undefined, work: () => T): T {
    clock ??= cpuClock;
    return current.run({ clock, at: clock() + ms, ms, skip: 0 }, work);
  },
  check(): void {
    const d = current.getStore();
    if (!d || d.skip-- > 0) return;
    d.skip = SAMPLE_EVERY - 1;
    if (d.clock() > d.at) throw new FileBudgetExceeded(d.ms);
  },
};
