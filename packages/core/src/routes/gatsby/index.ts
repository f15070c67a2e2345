import { bracketSegment } from '../bracket-segment.js';
import { hasDependency } from '../has-dependency.js';
import { pathPattern } from '../path-pattern.js';
import type { RouteEntry, RouteMapper } from '../route.js';

const DOCS = 'https://www.gatsbyjs.com/docs/reference/routing/creating-routes/';
const PAGES_DIR = 'src/pages/';
const PAGE = /\.(?:[jt]sx?|mdx?)$/;
/** Browser and SSR APIs wrap every page; config plugins (a pixel plugin) install on every page. */
const ENTRIES = /^gatsby-(?:browser|ssr|config)\.(?:[jt]sx?|mjs)$/;

/**
 * `src/pages/report/index.js` → `/report`, `src/pages/case/[id].js` and the File System Route
 * API's `{Case.slug}.js` → `/case/*`, `[...].js` → `**`. Files starting with `_` are not pages.
 */
export function toRoute(relative: string): string | undefined {
  if (!PAGE.test(relative)) return undefined;
  const segments = relative.replace(PAGE, '').split('/');
  if (segments.some((s) => s.startsWith('_'))) return undefined;
  if (segments[segments.length - 1] === 'index') segments.pop();
  return pathPattern(segments.map((s) => bracketSegment(s.replace(/\{[^}]*\}/g, '[x]'))));
}

export const gatsby: RouteMapper = {
  id: 'gatsby',
  docs: DOCS,
  enabled: (project) => hasDependency(project, 'gatsby'),
  map(project) {
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      if (ENTRIES.test(file)) {
        out.push({ file, pattern: '/**', role: 'entry', mapper: 'gatsby', reason: `${file} applies to every Gatsby page` });
        continue;
      }
      const pattern = file.startsWith(PAGES_DIR) ? toRoute(file.slice(PAGES_DIR.length)) : undefined;
      if (pattern) out.push({ file, pattern, role: 'page', mapper: 'gatsby', reason: `${file} is the Gatsby page for ${pattern}` });
    }
    return out;
  },
};
