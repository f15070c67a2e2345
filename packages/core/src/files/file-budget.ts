import { AsyncLocalStorage } from 'node:async_hooks';

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
}

const current = new AsyncLocalStorage<Deadline>();

/** CPU time of this process in milliseconds: unlike wall time, it does not run on while a busy CI host runs other jobs. */
function cpuClock(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The per-file time budget, in CPU milliseconds. Long loops (AST and DOM walks, token scans) call `check()` now and
 * then, so a file that would stall the run is abandoned and reported instead. The deadline lives
 * in async-local storage, so concurrent analyses in one process do not share it.
 */
export const fileBudget = {
  run<T>(ms: number, clock: (() => number) | undefined, work: () => T): T {
    clock ??= cpuClock;
    return current.run({ clock, at: clock() + ms, ms }, work);
  },
  check(): void {
    const d = current.getStore();
    if (d && d.clock() > d.at) throw new FileBudgetExceeded(d.ms);
  },
};
