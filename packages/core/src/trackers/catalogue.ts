import picomatch from 'picomatch';
import { trackers } from './index.js';
import type { Tracker, TrackerPackage } from './tracker.js';

export interface UrlMatch {
  tracker: Tracker;
  kind: 'load' | 'beacon';
  /** The URL without scheme, query or fragment, as matched. */
  target: string;
  /** An account or container id named in the query (`?id=GTM-…`, `?id=AW-…`). */
  id?: string;
}

export interface PackageMatch {
  tracker: Tracker;
  pkg: TrackerPackage;
}

interface CompiledPattern {
  tracker: Tracker;
  kind: 'load' | 'beacon';
  test: (s: string) => boolean;
}

const byId = new Map(trackers.map((t) => [t.id, t]));
const byGlobal = new Map<string, Tracker>();
for (const t of trackers) for (const g of t.globals) byGlobal.set(g, t);
const byTagType = new Map<string, Tracker>();
for (const t of trackers) for (const type of t.gtm.tagTypes) byTagType.set(type, t);
const byTemplate = new Map<string, Tracker>();
for (const t of trackers) for (const ref of t.gtm.templates) byTemplate.set(ref.toLowerCase(), t);
const idShapes = trackers.flatMap((tracker) => (tracker.ids ?? []).map((source) => ({ tracker, re: new RegExp(source) })));
const packages = trackers.flatMap((tracker) =>
  tracker.packages.map((pkg) => ({ tracker, pkg, test: pkg.name.includes('*') ? picomatch(pkg.name) : (s: string) => s === pkg.name })),
);

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

/** A built-in GTM tag type (`awct`, `gaawe`, `hjtc`) → its tracker. */
export function trackerForGtmTagType(type: string): Tracker | undefined {
  return byTagType.get(type);
}

/** A GTM gallery template, by its `galleryReference` `owner/repository` (case-insensitive). */
export function trackerForGtmTemplate(ownerRepository: string): Tracker | undefined {
  return byTemplate.get(ownerRepository.toLowerCase());
}

/**
 * An npm package (or a bare specifier's package part) → the tracker it wraps or installs. When one
 * package serves several trackers (`@next/third-parties/google`), `member` (the imported name) picks.
 */
export function trackerForPackage(specifier: string, member?: string): PackageMatch | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  const hits = packages.filter((p) => p.test(specifier) || p.test(name));
  const hit = (member !== undefined ? hits.find((p) => p.pkg.api?.[member] !== undefined) : undefined) ?? hits[0];
  return hit ? { tracker: hit.tracker, pkg: hit.pkg } : undefined;
}

/** An account, pixel or container id (`AW-123`, `G-ABC`, `GTM-XYZ`) → the tracker that owns its shape. */
export function trackerForId(id: string): Tracker | undefined {
  return idShapes.find((s) => s.re.test(id))?.tracker;
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
    if (!p.test(target) && !p.test(noSlash)) continue;
    const id = /[?&](?:id|tid|pid)=([\w-]+)/i.exec(raw)?.[1];
    // One loader serves several products (gtag.js?id=AW-… is Google Ads, ?id=G-… Analytics).
    const owner = id === undefined ? undefined : trackerForId(id);
    const tracker = owner && owner.vendor === p.tracker.vendor ? owner : p.tracker;
    return { tracker, kind: p.kind, target, ...(id !== undefined ? { id } : {}) };
  }
  return undefined;
}
