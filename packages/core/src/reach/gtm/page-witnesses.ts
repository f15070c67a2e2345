import picomatch from 'picomatch';
import { normalizeRoute, patternsIntersect } from '../../sensitivity/route-pattern.js';
import type { SensitiveReason } from '../../sensitivity/sensitivity.js';
import type { PageWitness } from './evaluate-condition.js';

const WILD = /[*?[\]{}()!+@]/;

/**
 * The pages a tag is asked about for one reached route: the route itself when it is a concrete
 * page; for a glob route (a site-wide container is `/**`), the sensitive globs it meets, each as
 * its concrete pages (`/report`, `/report/`) followed by an open witness for everything below.
 * Concrete witnesses come first so a finding can name a real URL.
 */
export function pageWitnesses(route: string, reasons: readonly SensitiveReason[]): PageWitness[] {
  if (!WILD.test(route)) return [{ path: route, open: false }];
  const globs = reasons.filter((r) => r.source !== 'content' && patternsIntersect(r.match, route)).map((r) => r.match);
  const sources = globs.map((g) => (literalPrefix(g).length >= literalPrefix(route).length ? g : route));
  if (sources.length === 0) sources.push(route);
  const closed: PageWitness[] = [];
  const open: PageWitness[] = [];
  const seen = new Set<string>();
  for (const glob of sources) {
    for (const w of globWitnesses(glob)) {
      const key = `${w.open ? 'o' : 'c'}${w.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (w.open ? open : closed).push(w);
    }
  }
  return [...closed, ...open];
}

function literalPrefix(glob: string): string {
  const i = glob.search(WILD);
  return i < 0 ? glob : glob.slice(0, i);
}

function globWitnesses(glob: string): PageWitness[] {
  const g = glob.startsWith('/') ? glob : `/${glob}`;
  if (!WILD.test(g)) {
    const base = normalizeRoute(g);
    return base === '/' ? [{ path: '/', open: false }] : [{ path: `${base}/`, open: false }, { path: base, open: false }];
  }
  const prefix = literalPrefix(g);
  const isMatch = picomatch(normalizeRoute(g), { nocase: true, dot: true });
  const candidates = [prefix, prefix.length > 1 ? prefix.replace(/\/$/, '') : prefix];
  const closed = [...new Set(candidates)].filter((p) => p !== '' && isMatch(normalizeRoute(p))).map((path) => ({ path, open: false }));
  return [...closed, { path: prefix, open: true }];
}
