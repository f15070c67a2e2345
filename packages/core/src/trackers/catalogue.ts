import picomatch from 'picomatch';
import { trackers } from './index.js';
import type { Tracker } from './tracker.js';

export interface UrlMatch {
  tracker: Tracker;
  kind: 'load' | 'beacon';
  /** The URL without scheme, query or fragment, as matched. */
  target: string;
}

interface CompiledPattern {
  tracker: Tracker;
  kind: 'load' | 'beacon';
  test: (s: string) => boolean;
}

const byId = new Map(trackers.map((t) => [t.id, t]));
const byGlobal = new Map<string, Tracker>();
for (const t of trackers) for (const g of t.globals) byGlobal.set(g, t);

const patterns: CompiledPattern[] = trackers.flatMap((tracker) => [
  ...tracker.scripts.map((p) => ({ tracker, kind: 'load' as const, test: picomatch(p, { nocase: true, dot: true }) })),
  ...tracker.beacons.map((p) => ({ tracker, kind: 'beacon' as const, test: picomatch(p, { nocase: true, dot: true }) })),
]);

export function trackerById(id: string): Tracker | undefined {
  return byId.get(id);
}

export function trackerForGlobal(name: string): Tracker | undefined {
  return byGlobal.get(name);
}

/** Every global name a tracker snippet defines. */
export function trackerGlobals(): string[] {
  return [...byGlobal.keys()];
}

/**
 * `https://host/path?q` → `host/path`; `null` when the text is not an absolute or
 * protocol-relative URL (a CSP string, a sentence and a relative path are not).
 */
export function urlTarget(raw: string): string | null {
  const s = raw.trim();
  const m = /^(?:https?:)?\/\/([^/?#\s'"<>]+)([^?#\s'"<>]*)/i.exec(s);
  if (!m || /\s/.test(s)) return null;
  const host = (m[1] ?? '').toLowerCase().replace(/:\d+$/, '');
  return host + (m[2] ?? '');
}

export function matchTrackerUrl(raw: string): UrlMatch | undefined {
  const target = urlTarget(raw);
  if (target === null) return undefined;
  // A loop, not /\/+$/: that regex is quadratic on a run of slashes, and URLs come from scanned files.
  let end = target.length;
  while (end > 0 && target.charCodeAt(end - 1) === 47) end--;
  const noSlash = target.slice(0, end);
  for (const p of patterns) {
    if (p.test(target) || p.test(noSlash)) return { tracker: p.tracker, kind: p.kind, target };
  }
  return undefined;
}
