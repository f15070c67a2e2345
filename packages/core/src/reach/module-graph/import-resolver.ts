import { posix } from 'node:path';
import type { ReferenceResolver } from '../resolve.js';
import { pathAliases, type PathAlias } from './path-aliases.js';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '.vue', '.svelte', '.astro', '.json'];
const COMPILED_TO = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] } as Record<string, string[]>;

function aliasTargets(specifier: string, aliases: readonly PathAlias[]): string[] | undefined {
  for (const a of aliases) {
    const star = a.pattern.indexOf('*');
    if (star < 0) {
      if (specifier === a.pattern) return a.targets;
      continue;
    }
    const head = a.pattern.slice(0, star);
    const tail = a.pattern.slice(star + 1);
    if (specifier.length < head.length + tail.length || !specifier.startsWith(head) || !specifier.endsWith(tail)) continue;
    const middle = specifier.slice(head.length, specifier.length - tail.length);
    return a.targets.map((t) => t.replace('*', middle));
  }
  return undefined;
}

/**
 * `imports` references → project files, the way bundlers resolve them: relative paths,
 * root-absolute paths (Vite), aliases, added extensions, `index` files, and `.js` written for a
 * `.ts` source. Package names resolve to nothing: node_modules is not part of the project.
 */
export const importResolver: ReferenceResolver = {
  kinds: ['imports'],
  prepare(project) {
    const files = new Set(project.files);
    const aliases = pathAliases(project);
    const lookup = (base: string): string | undefined => {
      const p = posix.normalize(base).replace(/^\.\//, '').replace(/\/$/, '');
      const ext = posix.extname(p);
      const candidates = [p, ...EXTENSIONS.map((e) => p + e), ...EXTENSIONS.map((e) => `${p}/index${e}`)];
      for (const to of COMPILED_TO[ext] ?? []) candidates.push(p.slice(0, -ext.length) + to);
      return candidates.find((c) => files.has(c));
    };
    return (ref, from) => {
      // indexOf, not replace(/\?.*$/): that regex is quadratic on a run of `?` before a newline.
      const query = ref.specifier.indexOf('?');
      const spec = query < 0 ? ref.specifier : ref.specifier.slice(0, query);
      if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') return lookup(posix.join(posix.dirname(from), spec));
      if (spec.startsWith('/')) return lookup(spec.slice(1));
      for (const target of aliasTargets(spec, aliases) ?? []) {
        const hit = lookup(target);
        if (hit) return hit;
      }
      return undefined;
    };
  },
};
