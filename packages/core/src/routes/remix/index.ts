import { bracketSegment } from '../bracket-segment.js';
import { hasDependency } from '../has-dependency.js';
import { pathPattern } from '../path-pattern.js';
import type { RouteEntry, RouteMapper, RouteRole } from '../route.js';

const DOCS = 'https://remix.run/docs/en/main/file-conventions/routes';
const ROUTES_DIR = 'app/routes/';
const MODULE = /\.(?:[jt]sx?|mdx?)$/;

/** `report.$id` → `['report', '$id']`: dots separate segments, except inside `[.]` escapes. */
function segmentsOf(name: string): string[] {
  return name
    .split(/\.(?![^[]*\])/)
    .map((s) => s.replace(/\[([^\]]*)\]/g, '$1'))
    .filter((s) => s !== '_index' && !/^_/.test(s) && !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/_$/, ''));
}

/**
 * Remix / React Router flat file routes: `app/routes/report.$id.tsx` → `/report/*`, `$.tsx` →
 * `/**`, `_index.tsx` → `/`, pathless `_auth.login.tsx` → `/login`; folder routes use `route.tsx`.
 * A route other routes nest under (`report.tsx` with `report.$id.tsx`) is their layout.
 */
export function toRoute(relative: string, all: ReadonlySet<string>): { pattern: string; role: RouteRole } | undefined {
  const parts = relative.split('/');
  if (parts.length > 2 || (parts.length === 2 && !/^route\.(?:[jt]sx?)$/.test(parts[1]!))) return undefined;
  if (!MODULE.test(parts[0]!) && parts.length === 1) return undefined;
  const name = parts[0]!.replace(MODULE, '');
  const segments = segmentsOf(name).map(bracketSegment);
  const isParent = !name.endsWith('_index') && [...all].some((n) => n.startsWith(`${name}.`));
  return isParent ? { pattern: pathPattern(segments, true), role: 'layout' } : { pattern: pathPattern(segments), role: 'page' };
}

export const remix: RouteMapper = {
  id: 'remix',
  docs: DOCS,
  enabled: (project) => hasDependency(project, '@remix-run/react', '@react-router/dev'),
  map(project) {
    const out: RouteEntry[] = [];
    const names = new Set(project.files.filter((f) => f.startsWith(ROUTES_DIR)).map((f) => f.slice(ROUTES_DIR.length).split('/')[0]!.replace(MODULE, '')));
    for (const file of project.files) {
      if (/^app\/(?:root|entry\.client)\.(?:[jt]sx?)$/.test(file)) {
        out.push({ file, pattern: '/**', role: 'entry', mapper: 'remix', reason: `${file} renders around every route` });
        continue;
      }
      const route = file.startsWith(ROUTES_DIR) ? toRoute(file.slice(ROUTES_DIR.length), names) : undefined;
      if (route) out.push({ file, ...route, mapper: 'remix', reason: `${file} is the route module for ${route.pattern}` });
    }
    return out;
  },
};
