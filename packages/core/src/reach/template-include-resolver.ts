import { posix } from 'node:path';
import type { ReferenceResolver } from './resolve.js';

// Where generators look for partials and layouts, relative to the including file's folders.
const SEARCH_DIRS = [
  '', '_includes', '_layouts', 'includes', 'partials', '_partials', 'layouts', 'layouts/partials', 'layouts/_partials',
  'layouts/_default', 'templates', 'views', 'views/partials', 'snippets', 'sections', 'Shared', 'resources/views', 'app/views',
];
const EXTENSIONS = [
  '', '.html', '.htm', '.njk', '.liquid', '.twig', '.jinja', '.jinja2', '.j2', '.hbs', '.handlebars', '.mustache', '.ejs',
  '.php', '.blade.php', '.html.erb', '.erb', '.html.haml', '.haml', '.cshtml', '.tpl', '.md', '.gotmpl', '.tmpl',
];

function names(spec: string): string[] {
  const clean = spec.replace(/^\.\//, '').replace(/^\/+/, '');
  const dir = posix.dirname(clean);
  const base = posix.basename(clean);
  const bases = base.startsWith('_') ? [base] : [base, `_${base}`]; // Rails and Razor partials
  return bases.flatMap((b) => EXTENSIONS.map((e) => (dir === '.' ? b + e : `${dir}/${b}${e}`)));
}

/**
 * `{% include "pixel.njk" %}`, `@extends('layouts.app')`, `get_header()`, `layout: default`:
 * the nearest match wins, searching the including file's folder, then each parent, each with
 * the usual partial and layout folders; a unique file name anywhere in the project is the last
 * resort. An unresolved include leaves the partial with unknown (site-wide) reach.
 */
export const templateIncludeResolver: ReferenceResolver = {
  kinds: ['includes', 'extends'],
  prepare(project) {
    const set = new Set(project.files);
    const byBase = new Map<string, string[]>();
    for (const f of project.files) {
      const b = posix.basename(f);
      byBase.set(b, [...(byBase.get(b) ?? []), f]);
    }
    return (ref, from) => {
      if (/[{}$<>]/.test(ref.specifier)) return undefined; // computed at render time
      // Only names some project file has are worth trying in every folder.
      const candidates = names(ref.specifier).filter((c) => byBase.has(posix.basename(c)));
      if (candidates.length === 0) return undefined;
      for (let dir = posix.dirname(from); ; dir = posix.dirname(dir)) {
        const root = dir === '.' ? '' : dir;
        for (const sub of SEARCH_DIRS) {
          for (const c of candidates) {
            const path = [root, sub, c].filter(Boolean).join('/');
            if (path !== from && set.has(path)) return path;
          }
        }
        if (dir === '.' || dir === '/' || dir === '') break;
      }
      for (const c of candidates) {
        const hits = (byBase.get(posix.basename(c)) ?? []).filter((f) => f !== from && (f === c || f.endsWith(`/${c}`)));
        if (hits.length === 1) return hits[0];
      }
      return undefined;
    };
  },
};
