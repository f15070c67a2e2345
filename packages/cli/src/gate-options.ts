import type { Argv } from 'yargs';

export interface GateArgs {
  changed?: string;
  staged?: boolean;
  shard?: string;
  cache: boolean;
  'cache-location'?: string;
  'cache-strategy'?: string;
  stats: boolean;
  progress?: boolean;
  threads?: number;
}

/** The `scan` options that make it a fast CI gate and pre-commit hook (docs/cli.md). */
export function gateOptions<T>(y: Argv<T>): Argv<T & GateArgs> {
  return y
    .option('changed', {
      type: 'string',
      describe: 'Report only findings in, or reached through, files changed since REF (default HEAD), uncommitted and untracked included',
    })
    .option('staged', { type: 'boolean', describe: 'Report only findings in, or reached through, staged files' })
    .conflicts('changed', 'staged')
    .option('shard', { type: 'string', describe: 'Report only shard I of N (I/N), split by a hash of each finding’s file' })
    .option('cache', { type: 'boolean', default: false, describe: 'Reuse per-file results of unchanged files between runs' })
    .option('cache-location', { type: 'string', describe: 'Cache folder (default node_modules/.cache/pixel-patrol)' })
    .option('cache-strategy', { type: 'string', describe: 'How --cache decides a file is unchanged: metadata (its stat, as git does; default) or content (read and hash it)' })
    .option('stats', { type: 'boolean', default: false, describe: 'Print counts and time per phase on stderr' })
    .option('progress', { type: 'boolean', describe: 'Show files done / total on stderr (default: on a TTY outside CI)' })
    .option('threads', { type: 'number', describe: 'Threads reading and parsing files (0 or 1: no worker threads; default: one per core on a large enough project)' });
}
