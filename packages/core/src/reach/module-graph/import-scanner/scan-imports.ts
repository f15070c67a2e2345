import type { JsDialect } from '../../../parse/js.js';
import type { RawImport } from '../raw-import.js';
import { JsTokens } from './js-tokens.js';
import { reExport } from './re-export.js';
import { ScanBail } from './scan-bail.js';
import { staticImport } from './static-import.js';
import { tokenize } from './tokenize.js';
import { tsPosition } from './ts-position.js';

/** `import('x')` or `require('x')` at token `i`: the call, when its first argument is a plain literal. */
function call(t: JsTokens, i: number, base: number, out: RawImport[], ts: boolean): void {
  const arg = i + 2;
  if (!(t.is(arg, JsTokens.STRING) || t.is(arg, JsTokens.TEMPLATE)) || !(t.punct(arg + 1, ')') || t.punct(arg + 1, ','))) return;
  // In TS, `import('x')` may also be an import type, which is no import.
  if (ts && t.name(i, 'import') && tsPosition(t, i) === 'type') return;
  const specifier = t.literal(arg);
  if (specifier === undefined) throw new ScanBail(t.start[arg]!, 'escaped specifier');
  out.push({ specifier, start: base + t.start[i]!, end: base + t.end[t.match[i + 1]!]! });
}

function collect(t: JsTokens, ts: boolean, base: number): RawImport[] {
  const out: RawImport[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== JsTokens.NAME) continue;
    const c = t.code.charCodeAt(t.start[i]!);
    if ((c !== 105 && c !== 101 && c !== 114) || t.punct(i - 1, '.') || t.punct(i - 1, '?.')) continue;
    if (t.name(i, 'import')) {
      if (t.punct(i + 1, '(')) call(t, i, base, out, ts);
      else if (t.punct(i + 1, '.')) {
        if (!t.name(i + 2, 'meta')) throw new ScanBail(t.start[i]!, 'import phase call');
      } else if (!t.punct(i + 1, ':')) i = staticImport(t, i, ts, base, out);
    } else if (t.name(i, 'export')) i = reExport(t, i, ts, base, out);
    else if (t.name(i, 'require') && !t.name(i - 1, 'new')) {
      const odd = t.punct(i + 1, '?.') || (ts && t.punct(i + 1, '<')) || (t.punct(i - 1, '(') && t.punct(i + 1, ')'));
      if (odd) throw new ScanBail(t.start[i]!, 'require the scanner cannot read');
      if (t.punct(i + 1, '(')) call(t, i, base, out, false);
    }
  }
  return out;
}

/**
 * The imports of a script, exactly as `fromProgram` reads them from a parse, found by
 * tokenizing only: static and dynamic imports, re-exports, `require('x')`, TS
 * `import x = require('x')`. `undefined` when the scanner meets anything it cannot read with
 * certainty (unbalanced brackets, an unterminated literal, a `<` or `/` it cannot classify, an
 * import form it does not know): then the caller parses.
 */
export function scanImports(code: string, dialect: JsDialect, base = 0): RawImport[] | undefined {
  const tokens = JsTokens.take(code);
  try {
    tokenize(tokens, dialect);
    return collect(tokens, dialect === 'ts' || dialect === 'tsx', base);
  } catch (e) {
    if (e instanceof ScanBail) return undefined;
    throw e;
  } finally {
    tokens.release();
  }
}
