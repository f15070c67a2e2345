import type { ProjectFiles, RouteEntry, RouteMapper } from '../route.js';
import { isSpa } from '../spa-entry/is-spa.js';

const OUTPUT_DIRS = ['', 'dist/', 'out/', '_site/', 'public/', 'build/', 'www/', 'site/'];

function isHtml(f: string): boolean {
  return /\.(?:html?|xhtml|shtml)(?:\?.*)?$/i.test(f);
}

/** `wget --mirror https://www.example.police.uk/` saves the site under a folder named after the host. */
const MIRROR_ROOT = /^((?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\/)index\.html?$/i;

/** The output folder: the first candidate holding an `index.html`, else a mirrored host folder. */
export function outputRoot(project: ProjectFiles): string | undefined {
  const set = new Set(project.files);
  const known = OUTPUT_DIRS.find((d) => set.has(`${d}index.html`) || set.has(`${d}index.htm`));
  if (known !== undefined) return known;
  for (const f of project.files) {
    const m = MIRROR_ROOT.exec(f);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * `report/index.html` → `/report/`; `report.html` → `/report`; `index.html` → `/`. A mirror's
 * query-string copies (`search.html?q=x`) are the same page.
 */
export function toRoute(relative: string): string {
  const m = /^(.*?)(?:index\.html?|([^/]+)\.(?:html?|xhtml|shtml))(?:\?.*)?$/i.exec(relative);
  if (!m) return `/${relative}`;
  if (m[2] === undefined) return `/${m[1] ?? ''}`;
  return `/${m[1] ?? ''}${m[2]}`;
}

export const staticOutput: RouteMapper = {
  id: 'static-output',
  docs: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/What_is_a_URL',
  // A single-page app's `index.html` (or CRA's `public/index.html`) is a source shell, not output.
  enabled: (project) => {
    const dir = outputRoot(project);
    return dir !== undefined && !(isSpa(project) && (dir === '' || dir === 'public/'));
  },
  map(project): RouteEntry[] {
    const dir = outputRoot(project) ?? '';
    return project.files
      .filter((f) => f.startsWith(dir) && isHtml(f) && !/(^|\/)(_includes|_layouts|partials?|templates?)\//.test(f))
      .map((file) => {
        const pattern = toRoute(file.slice(dir.length));
        return { file, pattern, role: 'page' as const, mapper: 'static-output', reason: `${file} is served at ${pattern}` };
      });
  },
};
