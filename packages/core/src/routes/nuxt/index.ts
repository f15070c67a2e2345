import { bracketSegment } from '../bracket-segment.js';
import { hasDependency } from '../has-dependency.js';
import { pathPattern } from '../path-pattern.js';
import type { RouteEntry, RouteMapper, RouteRole } from '../route.js';

const DOCS = 'https://nuxt.com/docs/guide/directory-structure/pages';
/** Nuxt 4 moved the source directory to `app/`; Nuxt 3 projects use the root. */
const SRC_DIRS = ['app/', ''];
const PAGE = /\.(?:vue|[jt]sx?)$/;

/**
 * Path under the source directory → route: `pages/report/[id].vue` → page `/report/*`,
 * `pages/[...slug].vue` → `/**`, `pages/report.vue` next to `pages/report/` → its parent view.
 * `app.vue`, `error.vue`, `layouts/*` (any page may pick any layout) and `plugins/*` (installed
 * on every page) run everywhere.
 */
export function toRoute(relative: string): { pattern: string; role: RouteRole } | undefined {
  if (/^(?:app|error)\.vue$/.test(relative)) return { pattern: '/**', role: 'entry' };
  if (/^(?:layouts|plugins)\/.+\.(?:vue|[jt]s)$/.test(relative)) return { pattern: '/**', role: relative.startsWith('layouts/') ? 'layout' : 'entry' };
  if (!relative.startsWith('pages/') || !PAGE.test(relative)) return undefined;
  const segments = relative.slice('pages/'.length).replace(PAGE, '').split('/');
  if (segments[segments.length - 1] === 'index') segments.pop();
  return { pattern: pathPattern(segments.filter((s) => !/^\(.*\)$/.test(s)).map(bracketSegment)), role: 'page' };
}

export const nuxt: RouteMapper = {
  id: 'nuxt',
  docs: DOCS,
  enabled: (project) => hasDependency(project, 'nuxt', 'nuxt3'),
  map(project) {
    const out: RouteEntry[] = [];
    const dir = SRC_DIRS.find((d) => project.files.some((f) => f === `${d}app.vue` || f.startsWith(`${d}pages/`))) ?? '';
    for (const file of project.files) {
      if (/^nuxt\.config\.(?:[jt]s|mjs)$/.test(file)) {
        out.push({ file, pattern: '/**', role: 'entry', mapper: 'nuxt', reason: `${file} modules are installed on every Nuxt page` });
        continue;
      }
      const route = file.startsWith(dir) ? toRoute(file.slice(dir.length)) : undefined;
      if (!route) continue;
      const what = route.role === 'page' ? `is the Nuxt page for ${route.pattern}` : `runs on every Nuxt page`;
      out.push({ file, ...route, mapper: 'nuxt', reason: `${file} ${what}` });
    }
    return out;
  },
};
