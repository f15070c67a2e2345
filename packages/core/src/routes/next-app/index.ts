import { bracketSegment } from '../bracket-segment.js';
import { hasDependency } from '../has-dependency.js';
import { pathPattern } from '../path-pattern.js';
import type { RouteEntry, RouteMapper, RouteRole } from '../route.js';

const DOCS = 'https://nextjs.org/docs/app/getting-started/project-structure';
const APP_DIRS = ['app/', 'src/app/'];
const FILE = /^(page|layout|template|loading|error|global-error|not-found|forbidden|unauthorized|default)\.(?:[jt]sx?|mdx?)$/;

/**
 * `app/report/[id]/page.tsx` → page `/report/*`; `app/(site)/layout.tsx` → layout `/**` (it wraps
 * its whole subtree, as do `template`, `loading`, `error` and `not-found`). Route groups `(x)` and
 * parallel slots `@x` add no URL segment; intercepting routes `(.)x`, `(..)x`, `(...)x` render at the
 * URL they intercept; `_private` folders are not routes.
 */
export function toRoute(relative: string): { pattern: string; role: RouteRole } | undefined {
  const dirs = relative.split('/');
  const file = FILE.exec(dirs.pop()!);
  if (!file) return undefined;
  const acc: string[] = [];
  for (const seg of dirs) {
    const intercept = /^((?:\(\.{1,3}\))+)(.*)$/.exec(seg);
    if (intercept) {
      const marks = intercept[1]!;
      if (marks === '(...)') acc.length = 0;
      else acc.length = Math.max(0, acc.length - (marks.match(/\(\.\.\)/g) ?? []).length);
      acc.push(bracketSegment(intercept[2]!));
    } else if (seg.startsWith('_')) return undefined;
    else if (!/^\(.*\)$/.test(seg) && !seg.startsWith('@')) acc.push(bracketSegment(seg));
  }
  return file[1] === 'page' ? { pattern: pathPattern(acc), role: 'page' } : { pattern: pathPattern(acc, true), role: 'layout' };
}

export const nextApp: RouteMapper = {
  id: 'next-app',
  docs: DOCS,
  enabled: (project) => hasDependency(project, 'next') && project.files.some((f) => APP_DIRS.some((d) => f.startsWith(d))),
  map(project) {
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      const dir = APP_DIRS.find((d) => file.startsWith(d));
      const route = dir === undefined ? undefined : toRoute(file.slice(dir.length));
      if (!route) continue;
      const what = route.role === 'page' ? `is the Next.js page for ${route.pattern}` : `is a Next.js layout wrapping ${route.pattern}`;
      out.push({ file, ...route, mapper: 'next-app', reason: `${file} ${what}` });
    }
    return out;
  },
};
