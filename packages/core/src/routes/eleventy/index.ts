import type { ProjectFiles, RouteEntry, RouteMapper } from '../route.js';
import { permalinkOf } from '../permalink.js';

const TEMPLATE = /\.(?:njk|liquid|md|markdown|html|hbs|ejs|webc|11ty\.js)$/i;
const CONFIGS = /^(?:\.eleventy\.c?js|eleventy\.config\.(?:c|m)?js)$/;

/** The input folder: the one holding `_includes` (Eleventy's default layout of a project). */
function inputDir(project: ProjectFiles): string {
  const dirs = project.files.map((f) => /^(?:(.*)\/)?_includes\//.exec(f)?.[1]).filter((d): d is string => d !== undefined);
  const withInc = project.files.some((f) => f.startsWith('_includes/'));
  if (withInc || dirs.length === 0) return '';
  return dirs.sort((a, b) => a.length - b.length)[0]!;
}

/** `jobs/index.njk` → `/jobs/`; `jobs/engineer.md` → `/jobs/engineer/` (Eleventy's pretty URLs). */
export function toRoute(relative: string): string {
  const stem = relative.replace(/\.11ty\.js$/i, '').replace(/\.[^./]+$/, '');
  if (stem === 'index') return '/';
  return stem.endsWith('/index') ? `/${stem.slice(0, -'index'.length)}` : `/${stem}/`;
}

export const eleventy: RouteMapper = {
  id: 'eleventy',
  docs: 'https://www.11ty.dev/docs/permalinks/',
  enabled: (project) =>
    project.files.some((f) => CONFIGS.test(f)) || Boolean(project.packageJson?.dependencies?.['@11ty/eleventy'] ?? project.packageJson?.devDependencies?.['@11ty/eleventy']),
  map(project: ProjectFiles): RouteEntry[] {
    const dir = inputDir(project);
    const prefix = dir === '' ? '' : `${dir}/`;
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      const rel = file.slice(prefix.length);
      if (!file.startsWith(prefix) || !TEMPLATE.test(file) || /(^|\/)(?:_[^/]*|node_modules)\//.test(rel) || /^(?:README|CHANGELOG)/i.test(rel)) continue;
      const permalink = permalinkOf(project.root, file);
      if (permalink === false) continue;
      const pattern = permalink ?? toRoute(rel);
      const reason = permalink ? `permalink ${permalink} in the front matter of ${file}` : `${file} is written to ${pattern} (Eleventy input ${dir || '.'})`;
      out.push({ file, pattern, role: 'page', mapper: 'eleventy', reason });
    }
    return out;
  },
};
