import { posix } from 'node:path';
import type { Reference } from '../detectors/front-end.js';
import type { ProjectFiles, RouteEntry } from '../routes/route.js';
import { outputRoot } from '../routes/static-output/index.js';
import type { EdgeKind, ReachEdge } from './edge.js';
import { containerResolver } from './gtm/container-resolver.js';
import { importResolver } from './module-graph/import-resolver.js';
import { templateIncludeResolver } from './template-include-resolver.js';

/** Resolves one kind of reference from `from` to a project file, or `undefined`. */
export interface ReferenceResolver {
  kinds: readonly EdgeKind[];
  prepare(project: ProjectFiles): (ref: Reference, from: string) => string | undefined;
}

/** `<script src>` → the file it loads, resolved like a browser would against the output folder. */
export const scriptSrcResolver: ReferenceResolver = {
  kinds: ['links-script'],
  prepare(project) {
    const set = new Set(project.files);
    const out = outputRoot(project) ?? '';
    return (ref, from) => {
      // search() rather than replace(/[?#].*$/): that regex is quadratic when many `?` precede a newline.
      const cut = ref.specifier.search(/[?#]/);
      const path = cut < 0 ? ref.specifier : ref.specifier.slice(0, cut);
      const candidates = path.startsWith('/')
        ? [posix.join(out, path.slice(1)), path.slice(1), posix.join('public', path.slice(1)), posix.join('static', path.slice(1))]
        : [posix.join(posix.dirname(from), path)];
      return candidates.find((c) => set.has(c));
    };
  },
};

export const resolvers: readonly ReferenceResolver[] = [containerResolver, importResolver, scriptSrcResolver, templateIncludeResolver];

/**
 * Turns every file's references into edges; a reference that mounts its target at a route (a
 * route table entry) becomes a route entry of the target instead. Unresolved references are
 * returned for reporting.
 */
export function resolveReferences(
  references: ReadonlyMap<string, readonly Reference[]>,
  project: ProjectFiles,
): { edges: ReachEdge[]; routes: RouteEntry[]; unresolved: Array<{ file: string; ref: Reference }> } {
  const prepared = resolvers.map((r) => ({ kinds: r.kinds, resolve: r.prepare(project) }));
  const edges: ReachEdge[] = [];
  const routes: RouteEntry[] = [];
  const mounted = new Set<string>();
  const unresolved: Array<{ file: string; ref: Reference }> = [];
  for (const [file, refs] of references) {
    for (const ref of refs) {
      let target: string | undefined;
      for (const r of prepared) {
        if (!r.kinds.includes(ref.kind)) continue;
        target = r.resolve(ref, file);
        if (target !== undefined) break;
      }
      if (target === undefined) unresolved.push({ file, ref });
      else if (ref.route !== undefined) {
        const { pattern, role } = ref.route;
        const key = `${pattern}\u0000${target}`;
        if (!mounted.has(key)) routes.push({ file: target, pattern, role, mapper: 'route-table', reason: `${file}:${ref.line} mounts ${target} at ${pattern}` });
        mounted.add(key);
      } else if (target !== file) edges.push({ dependent: file, dependency: target, kind: ref.kind, line: ref.line, column: ref.column });
    }
  }
  return { edges, routes, unresolved };
}
