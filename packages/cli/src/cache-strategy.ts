import { ConfigError } from '@pixel-patrol/core';
import type { CacheStrategy } from './cache-store.js';

const STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

/** `--cache-strategy`, checked here so that a typo exits 2 naming the choices instead of falling back. */
export function cacheStrategy(text: string | undefined): CacheStrategy {
  if (text === undefined) return 'metadata';
  const found = STRATEGIES.find((s) => s === text);
  if (!found) throw new ConfigError(`--cache-strategy must be one of ${STRATEGIES.join(', ')}, got "${text}"`);
  return found;
}
