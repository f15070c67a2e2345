import type { RawImport } from '../raw-import.js';
import { JsTokens } from './js-tokens.js';
import { ScanBail } from './scan-bail.js';
import { statementEnd } from './statement-end.js';

/**
 * Reads the `export` whose keyword is token `i`: a re-export (`export { a } from`, `export * as
 * ns from`) adds its source to `out`; `export type … from` adds nothing, as the parser reads it.
 * Returns the last token read, so scanning goes on inside anything else that follows `export`.
 */
export function reExport(t: JsTokens, i: number, ts: boolean, base: number, out: RawImport[]): number {
  const bail = (at: number): never => {
    throw new ScanBail(t.start[at] ?? t.code.length, 'export declaration the scanner cannot read');
  };
  const add = (source: number): number => {
    const specifier = t.literal(source) ?? bail(source);
    const last = statementEnd(t, source);
    out.push({ specifier, start: base + t.start[i]!, end: base + t.end[last]! });
    return last;
  };
  const k = i + 1;
  if (t.punct(k, '{')) {
    const close = t.match[k]!;
    for (let j = k + 1; j < close && !ts; j++) {
      if (t.name(j, 'type') && (t.name(j + 1) || t.is(j + 1, JsTokens.STRING)) && !t.name(j + 1, 'as')) bail(j);
    }
    if (!t.name(close + 1, 'from')) return i;
    if (!t.is(close + 2, JsTokens.STRING)) bail(close + 1);
    return add(close + 2);
  }
  if (t.punct(k, '*')) {
    let from = k + 1;
    if (t.name(from, 'as')) {
      if (!t.name(from + 1) && !t.is(from + 1, JsTokens.STRING)) bail(from);
      from += 2;
    }
    if (!t.name(from, 'from') || !t.is(from + 1, JsTokens.STRING)) bail(from);
    return add(from + 1);
  }
  if ((t.name(k, 'type') && !ts) || t.name(k, 'import')) bail(k);
  return i;
}
