import type { Detection } from '../detectors/detection.js';
import { gtmTagOnRoute } from '../reach/gtm/gtm-tag-on-route.js';
import { formatChain, type ReachGraph } from '../reach/reach.js';
import { patternCovers } from '../sensitivity/route-pattern.js';
import type { SensitiveReason, SensitivityModel } from '../sensitivity/sensitivity.js';
import type { RouteEntry } from './route.js';

/** A tracker that reaches a route, proved by its shortest chain. */
export interface RouteTracker {
  tracker: string;
  /** Where the tracker code is. */
  file: string;
  line: number;
  column: number;
  /** `lib/fpixel.ts ← components/pixel.tsx ← app/layout.tsx (wraps /**)` */
  proof: string;
}

export interface RouteReport extends RouteEntry {
  sensitive: SensitiveReason[];
  /** Ids of the trackers that reach the route, sorted. */
  trackers: string[];
  /** One proof per tracker, in `trackers` order. */
  reachedBy: RouteTracker[];
}

function compare(a: RouteEntry, b: RouteEntry): number {
  return a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * The route map: every route with why it is sensitive and which trackers reach it. A page also
 * gets the trackers of the layouts and entries of its framework that wrap it (`app/layout.tsx`
 * wraps `/report/*`); pages declared in a route table are wrapped by any entry.
 */
export function routeReports(entries: readonly RouteEntry[], detections: readonly Detection[], graph: ReachGraph, sensitivity: SensitivityModel): RouteReport[] {
  const routes: RouteReport[] = [...entries].sort(compare).map((e) => ({ ...e, sensitive: sensitivity.reasonsFor(e.pattern), trackers: [], reachedBy: [] }));
  const byKey = new Map(routes.map((r) => [`${r.pattern}\u0000${r.file}`, r]));
  const chainLength = new Map<RouteTracker, number>();
  const offer = (r: RouteReport, t: RouteTracker, length: number) => {
    const i = r.reachedBy.findIndex((x) => x.tracker === t.tracker);
    if (i < 0) r.reachedBy.push(t);
    else if (length < chainLength.get(r.reachedBy[i]!)!) r.reachedBy[i] = t;
    else return;
    chainLength.set(t, length);
  };
  for (const d of detections) {
    for (const reached of graph.reach(d.file).routes) {
      // A GTM tag reaches only the routes its triggers may fire on.
      if (gtmTagOnRoute(d, reached.pattern, sensitivity.reasonsFor(reached.pattern), false)?.fires === false) continue;
      const r = byKey.get(`${reached.pattern}\u0000${reached.entry.file}`);
      if (r) offer(r, { tracker: d.tracker, file: d.file, line: d.loc.line, column: d.loc.column, proof: formatChain(reached) }, reached.chain.length);
    }
  }
  const wrappers = routes.filter((r) => r.role !== 'page' && r.reachedBy.length > 0);
  for (const page of routes) {
    if (page.role !== 'page') continue;
    for (const w of wrappers) {
      if (w.mapper !== page.mapper && page.mapper !== 'route-table') continue;
      if (!patternCovers(w.pattern, page.pattern)) continue;
      for (const t of w.reachedBy) offer(page, t, chainLength.get(t)! + 1);
    }
  }
  for (const r of routes) {
    r.reachedBy.sort((a, b) => (a.tracker < b.tracker ? -1 : 1));
    r.trackers = r.reachedBy.map((t) => t.tracker);
  }
  return routes;
}
