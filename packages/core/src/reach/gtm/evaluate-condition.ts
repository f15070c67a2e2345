import type { GtmCondition, GtmValue } from './gtm-firing.js';
import { gtmRegex } from './gtm-regex.js';

/** A page a tag is asked about: a concrete path, or every path starting with `path` when `open`. */
export interface PageWitness {
  path: string;
  open: boolean;
}

/** What is known of a value: all of it, its beginning, or one piece of it. `null`: nothing. */
type Known = { exact: string } | { prefix: string } | { contains: string } | null;

/** `true`/`false` hold for every URL of the witness; `undefined` means "cannot tell statically". */
export type Tri = boolean | undefined;

const EVERYTHING = new Set(['', '^', '$', '.*', '^.*', '.*$', '^.*$', '(.*)', '^(.*)$', '.*?']);
const MAX_DEPTH = 6;

/**
 * Three-valued evaluation of one GTM condition on a page. `event` is the dataLayer event the
 * trigger listens to (`gtm.js`), `undefined` when the site decides it. Unknown operands, RE2
 * failures and DOM operators give `undefined`: a tag then "may fire", it never "does not".
 */
export function evaluateCondition(c: GtmCondition, page: PageWitness, event: string | undefined): Tri {
  const left = valueOf(c.left, page, event, 0);
  const right = valueOf(c.right, page, event, 0);
  let result: Tri;
  if (c.op === 'MATCH_REGEX' && right && 'exact' in right && EVERYTHING.has(right.exact)) result = true;
  else if (!right || !('exact' in right) || !left) result = undefined;
  else result = compare(c.op, left, right.exact, c.ignoreCase);
  return result === undefined ? undefined : c.negate ? !result : result;
}

function compare(op: string, left: Exclude<Known, null>, arg: string, ignoreCase: boolean): Tri {
  const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const v = fold(arg);
  if (op === 'MATCH_REGEX') return regexTest(left, arg, ignoreCase);
  if ('exact' in left) {
    const s = fold(left.exact);
    switch (op) {
      case 'EQUALS':
        return s === v;
      case 'CONTAINS':
        return s.includes(v);
      case 'STARTS_WITH':
        return s.startsWith(v);
      case 'ENDS_WITH':
        return s.endsWith(v);
      case 'GREATER':
      case 'GREATER_OR_EQUALS':
      case 'LESS':
      case 'LESS_OR_EQUALS':
        return numeric(op, left.exact, arg);
      default:
        return undefined;
    }
  }
  if ('prefix' in left) {
    const p = fold(left.prefix);
    if (op === 'EQUALS') return v.startsWith(p) ? undefined : false;
    if (op === 'STARTS_WITH') return p.startsWith(v) ? true : v.startsWith(p) ? undefined : false;
    if (op === 'CONTAINS') return p.includes(v) ? true : undefined;
    return undefined;
  }
  return op === 'CONTAINS' && fold(left.contains).includes(v) ? true : undefined;
}

function regexTest(left: Exclude<Known, null>, pattern: string, ignoreCase: boolean): Tri {
  const re = gtmRegex(pattern, ignoreCase);
  if (!re) return undefined;
  if ('exact' in left) return re.test(left.exact);
  const piece = 'prefix' in left ? left.prefix : left.contains;
  const anchoredAtStart = pattern.startsWith('^');
  // A match inside the known piece that does not use the end of input survives whatever follows.
  const unanchored = endNeverMatches(pattern);
  const survives = unanchored === null ? null : gtmRegex(unanchored, ignoreCase);
  if (survives && ('prefix' in left || !/(^|[^\\])\^/.test(pattern)) && survives.test(piece)) return true;
  if ('prefix' in left && anchoredAtStart) {
    const literal = /^\^((?:[^\\.*+?()[\]{}|^$]|\\[/.-])*)/.exec(pattern)?.[1]?.replace(/\\(.)/g, '$1') ?? '';
    const p = ignoreCase ? piece.toLowerCase() : piece;
    const l = ignoreCase ? literal.toLowerCase() : literal;
    if (!p.startsWith(l) && !l.startsWith(p)) return false;
  }
  return undefined;
}

function numeric(op: string, a: string, b: string): Tri {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() === '' || b.trim() === '' || Number.isNaN(x) || Number.isNaN(y)) return false;
  if (op === 'GREATER') return x > y;
  if (op === 'GREATER_OR_EQUALS') return x >= y;
  if (op === 'LESS') return x < y;
  return x <= y;
}

function valueOf(v: GtmValue, page: PageWitness, event: string | undefined, depth: number): Known {
  if (depth > MAX_DEPTH) return null;
  switch (v.kind) {
    case 'literal':
      return { exact: v.value };
    case 'event':
      return event === undefined ? null : { exact: event };
    case 'page':
      if (v.part === 'hostname') return null;
      if (v.part === 'url') return { contains: page.path };
      return page.open ? { prefix: page.path } : { exact: page.path };
    case 'concat': {
      const parts = v.parts.map((p) => valueOf(p, page, event, depth + 1));
      if (parts.every((p) => p && 'exact' in p)) return { exact: parts.map((p) => (p as { exact: string }).exact).join('') };
      const first = parts[0];
      return first && 'exact' in first && first.exact !== '' ? { prefix: first.exact } : null;
    }
    case 'table':
      return lookup(v, page, event, depth);
    case 'runtime':
      return null;
  }
}

function lookup(v: Extract<GtmValue, { kind: 'table' }>, page: PageWitness, event: string | undefined, depth: number): Known {
  const input = valueOf(v.input, page, event, depth + 1);
  if (input && 'exact' in input) {
    for (const e of v.entries) {
      if (v.regex) {
        const re = gtmRegex(v.fullMatch ? `^(?:${e.key})$` : e.key, v.ignoreCase);
        if (!re) return null;
        if (re.test(input.exact)) return valueOf(e.value, page, event, depth + 1);
      } else if (e.key === input.exact) return valueOf(e.value, page, event, depth + 1);
    }
    return valueOf(v.fallback, page, event, depth + 1);
  }
  const outcomes = [...v.entries.map((e) => e.value), v.fallback].map((o) => valueOf(o, page, event, depth + 1));
  const first = outcomes[0];
  return first && 'exact' in first && outcomes.every((o) => o && 'exact' in o && o.exact === first.exact) ? first : null;
}

/**
 * The pattern with every end-of-input assertion (`$`, `\z`) made unmatchable, or `null` when it
 * has word-boundary assertions whose truth depends on the unknown next character.
 */
function endNeverMatches(pattern: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (next === 'b' || next === 'B')) return null;
      out += !inClass && next === 'z' ? '[^\\s\\S]' : ch + next;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else out += ch === '$' ? '[^\\s\\S]' : ch;
  }
  return out;
}
