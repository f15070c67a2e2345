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

const tokens = new Set<string>();
for (const t of trackers) {
  for (const g of t.globals) tokens.add(g);
  for (const p of [...t.scripts, ...t.beacons]) {
    const h = hostToken(p);
    if (h) tokens.add(h);
  }
  for (const p of t.packages) if (!p.name.includes('*')) tokens.add(p.name);
}

const PREFILTER = new RegExp([...tokens].sort().map(escape).join('|'), 'i');

/** Cheap byte-level check before any parse: can this text hold tracker code at all? */
export function mayContainTracker(text: string): boolean {
  return PREFILTER.test(text);
}
