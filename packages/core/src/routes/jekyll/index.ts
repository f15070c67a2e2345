import type { ProjectFiles, RouteEntry, RouteMapper } from '../route.js';
import { permalinkOf } from '../permalink.js';

const PAGE = /\.(?:html?|md|markdown)$/i;

/** `report/index.html` → `/report/`; `about.md` → `/about.html` (Jekyll's default for pages). */
export function toRoute(file: string): string {
  const m = /^(.*?)(?:index\.(?:html?|md|markdown)|([^/]+)\.(?:html?|md|markdown))$/i.exec(file);
  if (!m) return `/${file}`;
  return m[2] === undefined ? `/${m[1] ?? ''}` : `/${m[1] ?? ''}${m[2]}.html`;
}

/** Jekyll's default post permalink is `/:categories/:year/:month/:day/:title.html`; categories are unknown here. */
function postRoute(file: string): string | undefined {
  const m = /(?:^|\/)_posts\/(?:.*\/)?(\d{4})-(\d{2})-(\d{2})-([^/]+)\.(?:md|markdown|html?)$/i.exec(file);
  return m ? `/**/${m[1]}/${m[2]}/${m[3]}/${m[4]}.html` : undefined;
}

/** Pages outside `_`-folders (layouts, includes, data, the built `_site`) and vendored code; posts. */
function isPage(file: string): boolean {
  if (postRoute(file)) return !file.startsWith('_site/');
  return PAGE.test(file) && !/(^|\/)(?:_[^/]*|node_modules|vendor)\//.test(file) && !/^(?:README|CHANGELOG|LICENSE)/i.test(file);
}

export const jekyll: RouteMapper = {
  id: 'jekyll',
  docs: 'https://jekyllrb.com/docs/permalinks/',
  enabled: (project) => project.files.some((f) => /^_config\.ya?ml$/.test(f)) && project.files.some((f) => /^_(?:layouts|includes)\//.test(f)),
  map(project: ProjectFiles): RouteEntry[] {
    const out: RouteEntry[] = [];
    for (const file of project.files.filter(isPage)) {
      const permalink = permalinkOf(project.root, file);
      if (permalink === false) continue;
      const pattern = permalink ?? postRoute(file) ?? toRoute(file);
      const reason = permalink ? `permalink ${permalink} in the front matter of ${file}` : `${file} is served at ${pattern} (Jekyll page)`;
      out.push({ file, pattern, role: 'page', mapper: 'jekyll', reason });
    }
    return out;
  },
};
