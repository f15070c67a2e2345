import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, ConfigError, type AnalysisResult, type AnalyzeOptions } from '@pixel-patrol/core';
import { FsFactsStore } from './cache-store.js';
import { cacheStrategy } from './cache-strategy.js';
import { defaultCacheDir } from './default-cache-dir.js';
import type { GateArgs } from './gate-options.js';
import { changedFiles } from './git.js';
import type { Io } from './main.js';
import { progress } from './progress.js';
import { Shard } from './shard.js';
import { formatStats } from './stats.js';

/** `analyze` with the gate options applied: change focus, cache, shard, progress and stats. */
export async function gatedAnalyze(io: Io, args: GateArgs, options: AnalyzeOptions): Promise<AnalysisResult> {
  const shard = args.shard === undefined ? undefined : Shard.parse(args.shard);
  const threads = args.threads;
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) throw new ConfigError(`--threads must be a whole number of 0 or more, got ${String(threads)}`);
  const strategy = cacheStrategy(args['cache-strategy']);
  // Git and the cache follow the scanned project, which need not be the working directory.
  const first = resolve(io.cwd, options.paths?.[0] ?? '.');
  const projectDir = !existsSync(first) ? io.cwd : statSync(first).isDirectory() ? first : dirname(first);
  const changes =
    args.staged === true ? changedFiles(projectDir, { staged: true }) : args.changed === undefined ? undefined : changedFiles(projectDir, { staged: false, ref: args.changed || 'HEAD' });
  const store = args.cache ? new FsFactsStore(args['cache-location'] ? resolve(io.cwd, args['cache-location']) : defaultCacheDir(projectDir), strategy) : undefined;
  const bar = progress(io, args.progress);
  const result = await analyze({
    ...options,
    ...(changes ? { changedFiles: changes } : {}),
    ...(store ? { factsStore: store } : {}),
    ...(threads !== undefined ? { threads } : {}),
    ...(bar ? { onProgress: bar.onProgress } : {}),
  });
  bar?.end();
  if (store) {
    try {
      store.save();
    } catch (e) {
      io.stderr.write(`pixel-patrol: warning: cannot write the cache in ${store.dir}: ${(e as Error).message}\n`);
    }
  }
  const findings = shard ? result.findings.filter((f) => shard.includes(f.file)) : result.findings;
  if (args.stats) io.stderr.write(formatStats(result, findings.length, store));
  return { ...result, findings };
}
