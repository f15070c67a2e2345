import { compileGlob } from '../files/compile-glob.js';

/**
 * Route patterns and sensitive globs share one syntax: `/report/**`, `/case/*`, `/report/`.
 * Trailing slashes are not significant (`/report/` and `/report` are the same page).
 */
export function normalizeRoute(pattern: string): string {
  let p = pattern.trim();
  if (!p.startsWith('/')) p = `/${p}`;
  p = p.replace(/\/{2,}/g, '/');
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

function segments(pattern: string): string[] {
  const n = normalizeRoute(pattern);
  return n === '/' ? [] : n.slice(1).split('/');
}

const WILD = /[*?[\]{}()!+@]/;

function segmentsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const aw = WILD.test(a);
  const bw = WILD.test(b);
  if (!aw && !bw) return a.toLowerCase() === b.toLowerCase();
  if (aw && bw) return true; // two wildcards: assume some URL satisfies both (conservative)
  try {
    return aw ? compileGlob(a, { nocase: true })(b) : compileGlob(b, { nocase: true })(a);
  } catch {
    return true; // a glob that cannot be compiled might match: conservative
  }
}

/**
 * Whether some URL matches both patterns. Conservative: when unsure, yes — a catch-all route
 * may serve a sensitive URL.
 */
export function patternsIntersect(a: string, b: string): boolean {
  const x = segments(a);
  const y = segments(b);
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let r: boolean;
    if (i === x.length && j === y.length) r = true;
    else if (i < x.length && x[i] === '**') r = go(i + 1, j) || (j < y.length && go(i, j + 1));
    else if (j < y.length && y[j] === '**') r = go(i, j + 1) || (i < x.length && go(i + 1, j));
    else if (i === x.length || j === y.length) r = false;
    else r = segmentsMeet(x[i]!, y[j]!) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** Whether every URL of `route` matches `glob` (used for allow-lists: they must cover, not touch). */
export function patternCovers(glob: string, route: string): boolean {
  try {
    return compileGlob(normalizeRoute(glob), { nocase: true })(normalizeRoute(route));
  } catch {
    return false; // an allow-list glob that cannot be compiled covers nothing
  }
}
