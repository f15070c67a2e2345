import { RE2JS } from 're2js';

/** A glob that cannot be compiled to a linear-time matcher; config loading reports it. */
export class GlobError extends Error {}

const META = /[\\^$.|?*+()[\]{}]/g;
const EXTGLOB: Record<string, string> = { '@': '', '+': '+', '*': '*', '?': '?' };
const cache = new Map<string, (s: string) => boolean>();
/** Brace expansion multiplies (`{a,b}{c,d}…`); past this many globs the pattern is refused. */
const MAX_EXPANSIONS = 256;

/**
 * Compiles a user glob (`**`, `*`, `?`, `[a-z]`, `[!x]`, `{a,b}`, `@(a|b)`, `+(…)`, `*(…)`, `?(…)`)
 * to an RE2 matcher, which runs in time linear in the path: picomatch's backtracking RegExp
 * can take exponential time on globs like `+(a|aa)*b` or `*a*a*a*a*a*a*b`, and a config file
 * comes with the pull request under review. `*` matches dot-files too (picomatch `dot: true`).
 */
export function compileGlob(glob: string, options: { nocase?: boolean } = {}): (s: string) => boolean {
  const key = `${options.nocase ? 'i' : 's'}:${glob}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const source = expandBraces(glob).map(globToRe2).join('|');
  const re = RE2JS.compile(source, options.nocase ? RE2JS.CASE_INSENSITIVE : 0);
  const test = (s: string) => re.testExact(s);
  cache.set(key, test);
  return test;
}

/** `{a,b}` and nested braces become separate globs first, so `**` inside braces stays a path segment. */
function expandBraces(glob: string): string[] {
  const done: string[] = [];
  const todo = [glob];
  while (todo.length > 0) {
    const g = todo.pop()!;
    const open = firstBrace(g);
    if (open < 0) {
      done.push(g);
    } else {
      const end = closing(g, open, '{', '}', glob);
      for (const [a, b] of split(g, open + 1, end, ',')) todo.push(g.slice(0, open) + g.slice(a, b) + g.slice(end + 1));
    }
    if (done.length + todo.length > MAX_EXPANSIONS) throw new GlobError(`"${glob}": more than ${MAX_EXPANSIONS} brace alternatives`);
  }
  return [...new Set(done)];
}

/** The first unescaped `{` whose braces hold a top-level comma (`{a}` alone is literal). */
function firstBrace(g: string): number {
  for (let i = 0; i < g.length; i++) {
    if (g[i] === '\\') i++;
    else if (g[i] === '{') {
      if (split(g, i + 1, closing(g, i, '{', '}', g), ',').length > 1) return i;
    }
  }
  return -1;
}

function globToRe2(glob: string): string {
  const segs = glob.split('/');
  let out = '';
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === '**') {
      out += last ? (i === 0 ? '.*' : '(?:/.*)?') : '(?:[^/]*/)*';
      return;
    }
    out += part(seg, 0, seg.length, glob);
    if (!last && !(segs[i + 1] === '**' && i + 1 === segs.length - 1)) out += '/';
  });
  return out;
}

/** Translates `glob.slice(from, to)`, where `/` is a literal separator. */
function part(s: string, from: number, to: number, glob: string): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '\\' && i + 1 < to) {
      out += escape(s[++i]!);
    } else if (next === '(' && (c in EXTGLOB || c === '!')) {
      if (c === '!') throw new GlobError(`"${glob}": negated extglob !(…) is not supported`);
      const end = closing(s, i + 1, '(', ')', glob);
      out += `(?:${split(s, i + 2, end, '|').map(([a, b]) => part(s, a, b, glob)).join('|')})${EXTGLOB[c]}`;
      i = end;
    } else if (c === '*') {
      while (s[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = s.indexOf(']', i + 2);
      if (end < 0 || end >= to) out += '\\[';
      else {
        const body = s.slice(i + 1, end);
        const negate = body[0] === '!' || body[0] === '^';
        out += `[${negate ? '^/' : ''}${(negate ? body.slice(1) : body).replace(/[\\[\]^]/g, '\\$&')}]`;
        i = end;
      }
    } else out += escape(c);
  }
  return out;
}

function closing(s: string, open: number, o: string, c: string, glob: string): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === o) depth++;
    else if (s[i] === c && --depth === 0) return i;
  }
  throw new GlobError(`"${glob}": unbalanced "${o}"`);
}

/** Splits `s.slice(from, to)` on top-level `sep` into [start, end) ranges. */
function split(s: string, from: number, to: number, sep: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

function escape(s: string): string {
  return s.replace(META, '\\$&');
}
