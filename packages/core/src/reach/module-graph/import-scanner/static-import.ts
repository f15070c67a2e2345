import type { RawImport } from '../raw-import.js';
import { importSpecifiers } from './import-specifiers.js';
import { JsTokens } from './js-tokens.js';
import { ScanBail } from './scan-bail.js';
import { statementEnd } from './statement-end.js';

/**
 * Reads the `import` declaration whose keyword is token `i` (also TS `import x = require('x')`),
 * adds what it imports to `out` as the parser would, and returns its last token. Type-only
 * imports add nothing; phase imports (`import defer`, `import source`) are left to the parser.
 */
export function staticImport(t: JsTokens, i: number, ts: boolean, base: number, out: RawImport[]): number {
  const bail = (at: number): never => {
    throw new ScanBail(t.start[at] ?? t.code.length, 'import declaration the scanner cannot read');
  };
  const add = (source: number, last: number, bindings?: string[]) => {
    const specifier = t.literal(source) ?? bail(source);
    const at = { specifier, start: base + t.start[i]!, end: base + t.end[last]! };
    out.push(bindings ? { ...at, bindings } : at);
  };
  let k = i + 1;
  if (t.is(k, JsTokens.STRING)) {
    const last = statementEnd(t, k);
    add(k, last);
    return last;
  }
  const typeOnly = t.name(k, 'type') && !t.name(k + 1, 'from') && !t.punct(k + 1, ',') && !t.punct(k + 1, '=');
  if (typeOnly) {
    if (!ts) bail(k);
    k++;
  }
  const bindings: string[] = [];
  let specifiers = 0;
  if (t.name(k)) {
    if (t.punct(k + 1, '=')) {
      if (!ts) bail(k);
      if (!t.name(k + 2, 'require')) return k + 1;
      if (!(t.punct(k + 3, '(') && t.is(k + 4, JsTokens.STRING) && t.punct(k + 5, ')'))) bail(k + 2);
      const last = t.punct(k + 6, ';') ? k + 6 : k + 5;
      add(k + 4, last);
      return last;
    }
    if (t.name(k, 'from') && t.is(k + 1, JsTokens.STRING)) bail(k);
    bindings.push(t.text(k));
    specifiers++;
    k++;
    if (t.punct(k, ',') && (t.punct(k + 1, '{') || t.punct(k + 1, '*'))) k++;
    else if (!t.name(k, 'from')) bail(k);
  }
  if (t.punct(k, '*')) {
    if (!t.name(k + 1, 'as') || !t.name(k + 2) || t.name(k + 2, 'from')) bail(k);
    bindings.push(t.text(k + 2));
    specifiers++;
    k += 3;
  } else if (t.punct(k, '{')) {
    const named = importSpecifiers(t, k, ts);
    bindings.push(...named.locals);
    specifiers += named.locals.length + named.typeOnly;
    k = t.match[k]! + 1;
  }
  if (!t.name(k, 'from') || !t.is(k + 1, JsTokens.STRING)) bail(k);
  const last = statementEnd(t, k + 1);
  if (typeOnly || (specifiers > 0 && bindings.length === 0)) return last;
  add(k + 1, last, bindings.length > 0 ? bindings : undefined);
  return last;
}
