import { createHash } from 'node:crypto';
import { ConfigError } from '@pixel-patrol/core';

export interface Shard {
  index: number;
  total: number;
}

/** `--shard I/N`, 1-based like Playwright and Jest. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) throw new ConfigError(`--shard must be I/N with 1 ≤ I ≤ N, got "${text}"`);
  return { index, total };
}

/**
 * Whether a finding's file belongs to the shard: a hash of the path, so the split is the same on
 * every machine and every run, and all findings of one file land in one shard.
 */
export function inShard(file: string, shard: Shard): boolean {
  const bucket = createHash('sha256').update(file).digest().readUInt32BE(0) % shard.total;
  return bucket === shard.index - 1;
}
