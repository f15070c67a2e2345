// Runs a command under GNU time and reads back wall time, CPU time and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseStats } from './parse-stats.js';

export const GNU_TIME = '/usr/bin/time';

export function haveGnuTime() {
  return existsSync(GNU_TIME);
}

/**
 * One timed run; with `repeat` > 1 the fastest wall and CPU of the runs are kept (the machine may
 * be shared, and other load only ever adds time) and the highest peak RSS. Throws on an exit code
 * outside `okCodes`, so a failed run is never reported as a fast one.
 */
export function measure(name, cmd, args, { cwd, okCodes = [0], repeat = 1, env } = {}) {
  let best;
  for (let i = 0; i < repeat; i++) {
    const r = spawnSync(GNU_TIME, ['-f', '@@time %e %U %S %M', cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    const line = (r.stderr?.match(/@@time .*/g) ?? []).pop();
    if (!line || !okCodes.includes(r.status)) throw new Error(`${name} failed (exit ${r.status}):\n${(r.stderr ?? String(r.error)).slice(-2000)}`);
    const [wall, user, sys, rssKb] = line.slice(7).split(' ').map(Number);
    const run = { name, wall, cpu: round(user + sys), rssMb: round(rssKb / 1024), exit: r.status, stats: parseStats(r.stderr), stdout: r.stdout };
    best = best ? { ...run, wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, run.cpu), rssMb: Math.max(best.rssMb, run.rssMb), runs: best.runs + 1 } : { ...run, runs: 1 };
  }
  return best;
}

const round = (x) => Math.round(x * 100) / 100;
