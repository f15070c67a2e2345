import { trackers } from '../trackers/index.js';

function hostToken(pattern: string): string | undefined {
  const host = pattern.split('/')[0] ?? '';
  const plain = host.replace(/\{[^}]*\}/g, '').replace(/^\*+\.?/, '');
  const labels = plain.split('.').filter(Boolean);
  return labels.length >= 2 ? labels.slice(-2).join('.') : undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const globals = new Set<string>();
const words = new Set<string>();
for (const t of trackers) {
  for (const g of t.globals) globals.add(g);
  for (const p of [...t.scripts, ...t.beacons]) {
    const h = hostToken(p);
    if (h) words.add(h);
  }
  // Literal runs of package names and globs (`gatsby-plugin-*{facebook,meta}-pixel*` → `gatsby-plugin-`, `-pixel`).
  for (const p of t.packages) for (const part of p.name.split(/[*{},]+/)) if (part.length >= 5) words.add(part);
}

// Short globals (`ga`, `hj`, `FS`) only count as whole identifiers, with their own case.
const GLOBALS = new RegExp(`(?<![\\w$])(?:${[...globals].sort().map(escape).join('|')})(?![\\w$])`);
const WORDS = new RegExp([...words].sort().map(escape).join('|'), 'i');

/** Cheap byte-level check before any parse: can this text hold tracker code at all? */
export function mayContainTracker(text: string): boolean {
  return WORDS.test(text) || GLOBALS.test(text);
}
