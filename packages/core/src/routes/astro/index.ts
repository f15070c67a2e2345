import { bracketSegment } from '../bracket-segment.js';
import { hasDependency } from '../has-dependency.js';
import { pathPattern } from '../path-pattern.js';
import type { RouteEntry, RouteMapper } from '../route.js';

const DOCS = 'https://docs.astro.build/en/guides/routing/';
const PAGES_DIR = 'src/pages/';
/** Page files; `.js`/`.ts` files in `src/pages` are server endpoints and send no page. */
const PAGE = /\.(?:astro|md|mdx|markdown|html)$/;

/**
 * `src/pages/report/[slug].astro` → `/report/*`, `src/pages/advice/[...path].astro` → `/advice/**`,
 * `index.astro` → its folder. Files and folders starting with `_` are not routes. Layouts are
 * components: pages reach them through their imports.
 */
export function toRoute(relative: string): string | undefined {
  if (!PAGE.test(relative)) return undefined;
  const segments = relative.replace(PAGE, '').split('/');
  if (segments.some((s) => s.startsWith('_'))) return undefined;
  if (segments[segments.length - 1] === 'index') segments.pop();
  return pathPattern(segments.map(bracketSegment));
}

export const astro: RouteMapper = {
  id: 'astro',
  docs: DOCS,
  enabled: (project) => hasDependency(project, 'astro'),
  map(project) {
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      const pattern = file.startsWith(PAGES_DIR) ? toRoute(file.slice(PAGES_DIR.length)) : undefined;
      if (pattern) out.push({ file, pattern, role: 'page', mapper: 'astro', reason: `${file} is the Astro page for ${pattern}` });
    }
    return out;
  },
};
