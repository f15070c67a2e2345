import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

const cache = new Map<string, RE2JS | null>();
let engine: typeof RE2JS | undefined;

/** Loaded on the first GTM RegEx, so runs without a container export do not pay for it. */
function re2(): typeof RE2JS {
  engine ??= (createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JS }).RE2JS;
  return engine;
}

/**
 * Compiles a GTM RegEx with RE2 semantics (linear time, so a hostile pattern in an export cannot
 * stall the run). `null` when RE2 cannot compile it (look-around, back-references): the caller
 * must then answer "cannot evaluate", never "no match".
 */
export function gtmRegex(pattern: string, ignoreCase: boolean): RE2JS | null {
  const key = `${ignoreCase ? 'i' : '-'}${pattern}`;
  if (cache.has(key)) return cache.get(key)!;
  const RE2 = re2();
  let re: RE2JS | null;
  try {
    re = RE2.compile(pattern, ignoreCase ? RE2.CASE_INSENSITIVE : 0);
  } catch {
    re = null;
  }
  cache.set(key, re);
  return re;
}
