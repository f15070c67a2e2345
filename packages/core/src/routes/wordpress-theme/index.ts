import { posix } from 'node:path';
import type { ProjectFiles, RouteEntry, RouteMapper, RouteRole } from '../route.js';

/**
 * WordPress picks a theme template per request (the template hierarchy), so most templates can
 * serve any URL; only a few names pin a route. `functions.php` runs on every request.
 * Partials (`header.php`, `template-parts/*`) get their reach from the templates including them.
 */
function templateRoute(name: string): { pattern: string; role: RouteRole } | undefined {
  if (name === 'functions.php') return { pattern: '/**', role: 'entry' };
  if (name === 'front-page.php') return { pattern: '/', role: 'page' };
  const slug = /^(?:page|category|tag)-(.+)\.php$/.exec(name);
  if (slug) {
    if (name.startsWith('page-') && !/^\d+$/.test(slug[1]!)) return { pattern: `/**/${slug[1]}`, role: 'page' };
    if (name.startsWith('category-')) return { pattern: `/category/${slug[1]}/**`, role: 'page' };
    if (name.startsWith('tag-')) return { pattern: `/tag/${slug[1]}/**`, role: 'page' };
    return { pattern: '/**', role: 'page' };
  }
  if (name === 'category.php') return { pattern: '/category/**', role: 'page' };
  if (name === 'tag.php') return { pattern: '/tag/**', role: 'page' };
  if (/^(?:index|home|page|single|singular|archive|search|404|attachment|author|date|taxonomy|single-.+|archive-.+|taxonomy-.+)\.php$/.test(name)) {
    return { pattern: '/**', role: 'page' };
  }
  return undefined;
}

/** Theme folders: where `style.css` sits next to `index.php` (both are required by WordPress). */
function themeDirs(project: ProjectFiles): string[] {
  const set = new Set(project.files);
  return project.files
    .filter((f) => posix.basename(f) === 'style.css')
    .map((f) => posix.dirname(f))
    .filter((d) => set.has(d === '.' ? 'index.php' : `${d}/index.php`));
}

export const wordpressTheme: RouteMapper = {
  id: 'wordpress-theme',
  docs: 'https://developer.wordpress.org/themes/basics/template-hierarchy/',
  enabled: (project) => themeDirs(project).length > 0,
  map(project: ProjectFiles): RouteEntry[] {
    const out: RouteEntry[] = [];
    for (const dir of themeDirs(project)) {
      const prefix = dir === '.' ? '' : `${dir}/`;
      for (const file of project.files) {
        if (!file.startsWith(prefix) || file.slice(prefix.length).includes('/')) continue;
        const r = templateRoute(file.slice(prefix.length));
        if (!r) continue;
        const reason = r.role === 'entry' ? `${file} runs on every request` : `${file} is a template-hierarchy template for ${r.pattern}`;
        out.push({ file, pattern: r.pattern, role: r.role, mapper: 'wordpress-theme', reason });
      }
    }
    return out;
  },
};
