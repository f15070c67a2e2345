import type { AllowEntry } from './config.js';

const DAY = 24 * 60 * 60 * 1000;

/** An exception holds through its `expires` day (UTC) and lapses after it. */
export function allowExpired(entry: AllowEntry, now: Date): boolean {
  return entry.expires !== undefined && now.getTime() >= Date.parse(entry.expires) + DAY;
}
