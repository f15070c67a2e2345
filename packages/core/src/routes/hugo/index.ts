import type { ProjectFiles, RouteEntry, RouteMapper } from '../route.js';

const CONFIG = /^(?:hugo|config)\.(?:toml|ya?ml|json)$/;

/**
 * Hugo renders every page through `layouts/` by lookup order: `_default/` and `baseof.html`
 * wrap every page, `layouts/<section>/` wraps that section, `layouts/index.html` is the home
 * page. Partials and shortcodes get their reach from the layouts that call them.
 */
function layoutRoute(rel: string): RouteEntry['pattern'] | undefined {
  if (/^(?:partials|_partials|shortcodes|_shortcodes|_markup)\//.test(rel) || !/\.html$/.test(rel)) return undefined;
  if (rel === 'index.html' || rel === 'home.html') return '/';
  if (rel.startsWith('_default/') || !rel.includes('/')) return '/**';
  return `/${rel.slice(0, rel.indexOf('/'))}/**`;
}

export const hugo: RouteMapper = {
  id: 'hugo',
  docs: 'https://gohugo.io/templates/lookup-order/',
  enabled: (project) => project.files.some((f) => CONFIG.test(f)) && project.files.some((f) => /^(?:themes\/[^/]+\/)?layouts\//.test(f)),
  map(project: ProjectFiles): RouteEntry[] {
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      const m = /^((?:themes\/[^/]+\/)?layouts\/)(.+)$/.exec(file);
      const pattern = m ? layoutRoute(m[2]!) : undefined;
      if (!pattern) continue;
      out.push({ file, pattern, role: pattern === '/' ? 'page' : 'layout', mapper: 'hugo', reason: `${file} renders ${pattern} by Hugo's template lookup order` });
    }
    return out;
  },
};
