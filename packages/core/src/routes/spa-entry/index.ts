import type { RouteEntry, RouteMapper } from '../route.js';
import { isSpa } from './is-spa.js';

const DOCS = 'https://vite.dev/guide/#index-html-and-project-root';
/** The shell page (Vite: `index.html`; Create React App: `public/index.html`) and the entry module. */
const ENTRIES = /^(?:index\.html|public\/index\.html|src\/(?:main|index)\.(?:[jt]sx?|mjs))$/;

/**
 * In a single-page app the shell and its entry module run on every URL: the client router
 * decides what else renders. Route tables declared in code narrow that down per component.
 */
export function toRoute(file: string): string | undefined {
  return ENTRIES.test(file) ? '/**' : undefined;
}

export const spaEntry: RouteMapper = {
  id: 'spa-entry',
  docs: DOCS,
  enabled: isSpa,
  map(project) {
    const out: RouteEntry[] = [];
    for (const file of project.files) {
      const pattern = toRoute(file);
      if (pattern) out.push({ file, pattern, role: 'entry', mapper: 'spa-entry', reason: `${file} is the single-page app's entry: it runs on every route` });
    }
    return out;
  },
};
