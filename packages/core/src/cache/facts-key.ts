import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ResolvedConfig } from '../config/config.js';

// Read once from the package itself so a release bump invalidates every cached fact.
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The part of a facts key shared by every file of one run: version and config. */
export function factsKeyPrefix(config: ResolvedConfig): string {
  return createHash('sha256').update(`${VERSION}\u0000${JSON.stringify({ ...config, file: null })}`).digest('hex').slice(0, 16);
}

/** A file's facts depend on its path (detections name it), the front end and the exact text. */
export function factsKey(prefix: string, frontEnd: string, path: string, text: string): string {
  return createHash('sha256').update(`${prefix}\u0000${frontEnd}\u0000${path}\u0000`).update(text).digest('hex');
}
