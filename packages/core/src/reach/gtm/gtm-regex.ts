import { RE2JS } from 're2js';

const cache = new Map<string, RE2JS | null>();

/**
 * Compiles a GTM RegEx with RE2 semantics (linear time, so a hostile pattern in an export cannot
 * stall the run). `null` when RE2 cannot compile it (look-around, back-references): the caller
 * must then answer "cannot evaluate", never "no match".
 */
export function gtmRegex(pattern: string, ignoreCase: boolean): RE2JS | null {
  const key = `${ignoreCase ? 'i' : '-'}${pattern}`;
  if (cache.has(key)) return cache.get(key)!;
  const RE2 = RE2JS;
  let re: RE2JS | null;
  try {
    re = RE2.compile(pattern, ignoreCase ? RE2.CASE_INSENSITIVE : 0);
  } catch {
    re = null;
  }
  cache.set(key, re);
  return re;
}
