import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

type Clock = () => number;

function processCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Linux reports each thread's user and system time in `/proc`, in ticks of 1/100 s (USER_HZ). */
function procThreadCpu(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'latin1');
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function threadCpu(): Clock {
  const own = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (typeof own === 'function') {
    return () => {
      const { user, system } = own.call(process);
      return (user + system) / 1000;
    };
  }
  try {
    if (Number.isFinite(procThreadCpu())) return procThreadCpu;
  } catch {
    // No per-thread clock here (not Linux): process time runs at least as fast, so a budget
    // still ends, only sooner while other threads are busy.
  }
  return processCpu;
}

/**
 * CPU time in milliseconds for the per-file budget: unlike wall time, it does not run on while a
 * busy CI host runs other jobs. The main thread keeps process time; a worker thread must count
 * only its own, or every worker would spend its budget as fast as all of them together.
 */
export const cpuClock: Clock = isMainThread ? processCpu : threadCpu();
