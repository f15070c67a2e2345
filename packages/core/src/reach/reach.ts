import type { RouteEntry } from '../routes/route.js';
import type { EdgeKind, ReachEdge } from './edge.js';

/** One step of a proof: `file` is reached through `via` (how the next file down uses it). */
export interface ChainLink {
  file: string;
  /** How this file uses the previous link (absent on the first link). */
  via?: EdgeKind;
  line?: number;
  column?: number;
}

export interface ReachedRoute {
  pattern: string;
  /** From the file with the detection up to the file that owns the route. */
  chain: ChainLink[];
  entry: RouteEntry;
}

export interface Reach {
  routes: ReachedRoute[];
  /** No route could be found for the file: treated as site-wide unless configured otherwise. */
  unknown: boolean;
}

/**
 * Answers "which routes does this file run on, and why". A file's reach is its own routes
 * plus the reach of every file that uses it; cycles are fine. Breadth-first, so each route is
 * proved by a shortest chain.
 */
export class ReachGraph {
  private readonly dependents = new Map<string, ReachEdge[]>();
  private readonly routesByFile = new Map<string, RouteEntry[]>();
  private readonly cache = new Map<string, Reach>();

  constructor(entries: readonly RouteEntry[], edges: readonly ReachEdge[]) {
    for (const e of entries) push(this.routesByFile, e.file, e);
    for (const e of edges) push(this.dependents, e.dependency, e);
    for (const list of this.dependents.values()) list.sort((a, b) => a.dependent.localeCompare(b.dependent));
  }

  reach(file: string): Reach {
    const hit = this.cache.get(file);
    if (hit) return hit;
    const result: ReachedRoute[] = [];
    const seenPattern = new Set<string>();
    const visited = new Set<string>([file]);
    let frontier: ChainLink[][] = [[{ file }]];
    while (frontier.length > 0) {
      const next: ChainLink[][] = [];
      for (const chain of frontier) {
        const last = chain[chain.length - 1]!;
        for (const entry of this.routesByFile.get(last.file) ?? []) {
          const key = `${entry.pattern}\u0000${entry.file}`;
          if (seenPattern.has(key)) continue;
          seenPattern.add(key);
          result.push({ pattern: entry.pattern, chain, entry });
        }
        for (const edge of this.dependents.get(last.file) ?? []) {
          if (visited.has(edge.dependent)) continue;
          visited.add(edge.dependent);
          next.push([...chain, { file: edge.dependent, via: edge.kind, line: edge.line, column: edge.column }]);
        }
      }
      frontier = next;
    }
    const reach = { routes: result, unknown: result.length === 0 };
    this.cache.set(file, reach);
    return reach;
  }

  /** Files that `file` uses directly (for inventories and the route map). */
  dependentsOf(file: string): readonly ReachEdge[] {
    return this.dependents.get(file) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How a chain link uses the previous one, in words: "loaded by <script src> in report/index.html". */
export const VIA_WORDS: Readonly<Record<EdgeKind, string>> = {
  imports: 'imported by',
  includes: 'included by',
  extends: 'extended by',
  'links-script': 'loaded by <script src> in',
  renders: 'rendered by',
  'source-map': 'bundled into',
  'loads-container': 'container loaded by',
};

/** `lib/fpixel.ts ← components/pixel.tsx ← app/layout.tsx (wraps /**)` */
export function formatChain(route: ReachedRoute): string {
  const parts = route.chain.map((l) => l.file);
  const role = route.entry.role === 'page' ? `page ${route.pattern}` : route.entry.role === 'layout' ? `wraps ${route.pattern}` : `runs on ${route.pattern}`;
  return `${parts.join(' ← ')} (${role})`;
}

/** Words for each step: "lib/pixel.ts is imported by app/layout.tsx, which wraps /report/**". */
export function describeChain(route: ReachedRoute): string {
  const words: string[] = [route.chain[0]!.file];
  for (const link of route.chain.slice(1)) words.push(`${link.via ? VIA_WORDS[link.via] : 'used by'} ${link.file}`);
  return words.join(', ');
}
