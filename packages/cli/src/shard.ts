import { createHash } from 'node:crypto';
import { ConfigError } from '@pixel-patrol/core';

/**
 * `--shard I/N` (1-based like Playwright and Jest). A finding belongs to a shard by a hash of its
 * file's path, so the split is the same on every machine and run, and all findings of one file
 * land in one shard.
 */
export class Shard {
  private constructor(
    readonly index: number,
    readonly total: number,
  ) {}

  static parse(text: string): Shard {
    const m = /^(\d+)\/(\d+)$/.exec(text);
    const index = Number(m?.[1]);
    const total = Number(m?.[2]);
    if (!m || total < 1 || index < 1 || index > total) throw new ConfigError(`--shard must be I/N with 1 ≤ I ≤ N, got "${text}"`);
    return new Shard(index, total);
  }

  includes(file: string): boolean {
    return createHash('sha256').update(file).digest().readUInt32BE(0) % this.total === this.index - 1;
  }
}
