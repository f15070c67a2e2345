import { bracketSegment } from '../bracket-segment.js';
import { hasDependency } from '../has-dependency.js';
import { pathPattern } from '../path-pattern.js';
import type { RouteEntry, RouteMapper, RouteRole } from '../route.js';

const DOCS = 'https://nextjs.org/docs/pages/building-your-application/routing';
const PAGE_DIRS = ['pages/', 'src/pages/'];
const EXT = /\.(?:[jt]sx?|mdx?)$/;

/**
 * `pages/report/[id].tsx` → `/report/*`, `pages/docs/[...slug].tsx` → `/docs/**`. `_app` and
 * `_document` wrap every page; `404`, `500` and `_error` may be served at any URL. API routes run
 * on the server only.
 */
export function toRoute(relative: string): { pattern: string; role: RouteRole } | undefined {
  if (!EXT.test(relative) || relative.startsWith('api/')) return undefined;
  const segments = relative.replace(EXT, '').split('/');
  const last = segments[segments.length - 1]!;
  if (segments.length === 1 && (last === '_app' || last === '_document')) return { pattern: '/**', role: 'entry' };
  if (segments.length === 1 && (last === '_error' || last === '404' || last === '500')) return { pattern: '/**', role: 'page' };
  if (last === 'index') segments.pop();
  return { pattern: pathPattern(segments.map(bracketSegment)), role: 'page' };
}

export const nextPages: RouteMapper = {
  id: 'next-pages',
  docs: DOCS,
  enabled: (project) => hasDependency(project, 'next') && project.files.some((f) => PAGE_DIRS.some((d) => f.startsWith(d))),
  map(project) {
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      const dir = PAGE_DIRS.find((d) => file.startsWith(d));
      const route = dir === undefined ? undefined : toRoute(file.slice(dir.length));
      if (!route) continue;
      const what = route.role === 'entry' ? `wraps every Next.js page (${route.pattern})` : `is the Next.js page for ${route.pattern}`;
      out.push({ file, ...route, mapper: 'next-pages', reason: `${file} ${what}` });
    }
    return out;
  },
};
