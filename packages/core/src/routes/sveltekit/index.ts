import { bracketSegment } from '../bracket-segment.js';
import { hasDependency } from '../has-dependency.js';
import { pathPattern } from '../path-pattern.js';
import type { RouteEntry, RouteMapper, RouteRole } from '../route.js';

const DOCS = 'https://svelte.dev/docs/kit/routing';
const ROUTES_DIR = 'src/routes/';
const FILE = /^\+(page|layout|error)(?:@[^.]*)?(?:\.server)?\.(?:svelte|[jt]s)$/;
/** The app shell and client hooks run on every page. */
const ENTRIES = /^src\/(?:app\.html|hooks\.client\.[jt]s)$/;

/**
 * `src/routes/report/[id]/+page.svelte` → page `/report/*`; `+layout.*` and `+error.svelte`
 * wrap their subtree. Groups `(x)` add no segment; `[...rest]` and `[[optional]]` → `**`;
 * `+server.*` endpoints send no page.
 */
export function toRoute(relative: string): { pattern: string; role: RouteRole } | undefined {
  const dirs = relative.split('/');
  const file = FILE.exec(dirs.pop()!);
  if (!file) return undefined;
  const segments = dirs.filter((d) => !/^\(.*\)$/.test(d)).map((d) => bracketSegment(d.replace(/=[\w]+\]/g, ']')));
  return file[1] === 'page' ? { pattern: pathPattern(segments), role: 'page' } : { pattern: pathPattern(segments, true), role: 'layout' };
}

export const sveltekit: RouteMapper = {
  id: 'sveltekit',
  docs: DOCS,
  enabled: (project) => hasDependency(project, '@sveltejs/kit'),
  map(project) {
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      if (ENTRIES.test(file)) {
        out.push({ file, pattern: '/**', role: 'entry', mapper: 'sveltekit', reason: `${file} runs on every SvelteKit page` });
        continue;
      }
      const route = file.startsWith(ROUTES_DIR) ? toRoute(file.slice(ROUTES_DIR.length)) : undefined;
      if (!route) continue;
      const what = route.role === 'page' ? `is the SvelteKit page for ${route.pattern}` : `is a SvelteKit layout wrapping ${route.pattern}`;
      out.push({ file, ...route, mapper: 'sveltekit', reason: `${file} ${what}` });
    }
    return out;
  },
};
