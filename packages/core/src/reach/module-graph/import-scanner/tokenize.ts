import type { JsDialect } from '../../../parse/js.js';
import { chars } from './chars.js';
import { JsTokens } from './js-tokens.js';
import { literalReader } from './literal-reader.js';
import { readPunct } from './read-punct.js';
import { readTemplate } from './read-template.js';
import { ScanBail } from './scan-bail.js';
import { TokenizerState } from './tokenizer-state.js';

/** Names after which an expression starts, so a `/` is a regex and a `<` is JSX; by first letter, so no name is sliced. */
const BEFORE_EXPRESSION = byInitial(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'default']);
const CONTROL = byInitial(['if', 'while', 'for', 'with']);

function byInitial(words: string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) map.set(w.charCodeAt(0), [...(map.get(w.charCodeAt(0)) ?? []), w]);
  return map;
}

function isOneOf(code: string, start: number, end: number, words: Map<number, string[]>): boolean {
  const candidates = words.get(code.charCodeAt(start));
  if (candidates === undefined) return false;
  for (const w of candidates) if (w.length === end - start && code.startsWith(w, start)) return true;
  return false;
}

function readName(st: TokenizerState, start: number): void {
  const code = st.code;
  let end = start + 1;
  while (end < code.length && chars.identPart(code.charCodeAt(end))) end++;
  if (code.charCodeAt(end) === 92) throw new ScanBail(end, 'escaped identifier');
  st.pos = end;
  st.emit(JsTokens.NAME, start, end);
  st.braceEnd = false;
  st.slashUnsure = false;
  if (st.afterDot) {
    st.afterDot = false;
    st.exprStart = false;
    st.control = false;
    return;
  }
  st.exprStart = isOneOf(code, start, end, BEFORE_EXPRESSION);
  if (!(st.control && end - start === 5 && code.startsWith('await', start))) st.control = isOneOf(code, start, end, CONTROL);
}

function readNumber(st: TokenizerState, start: number): void {
  const code = st.code;
  const radix = code.charCodeAt(start) === 48 && /[xXbBoO]/.test(code[start + 1] ?? '');
  let end = start + 1;
  for (;;) {
    const c = code.charCodeAt(end);
    const sign = (c === 43 || c === 45) && !radix && (code.charCodeAt(end - 1) | 32) === 101;
    if (!(chars.identPart(c) || c === 46 || sign)) break;
    end++;
  }
  st.pos = end;
  st.value(JsTokens.NUMBER, start, end);
}

/**
 * Fills `tokens` with the tokens of its script in `dialect`, reading regexes, templates and JSX
 * by context. Throws `ScanBail` at the first thing it cannot classify with certainty.
 */
export function tokenize(tokens: JsTokens, dialect: JsDialect): void {
  const code = tokens.code;
  const st = new TokenizerState(tokens, dialect);
  if (code.startsWith('#!')) st.pos = literalReader.comment(code, 0);
  for (;;) {
    let c = code.charCodeAt(st.pos);
    for (;;) {
      if (chars.space(c)) {
        if (chars.newline(c)) st.lineStart = true;
      } else if (c === 47 && (code.charCodeAt(st.pos + 1) === 47 || code.charCodeAt(st.pos + 1) === 42)) {
        const end = literalReader.comment(code, st.pos);
        if (/[\n\r\u2028\u2029]/.test(code.slice(st.pos, end))) st.lineStart = true;
        st.pos = end - 1;
      } else break;
      c = code.charCodeAt(++st.pos);
    }
    if (st.pos >= code.length) break;
    const start = st.pos;
    if (chars.identStart(c)) readName(st, start);
    else if (chars.digit(c) || (c === 46 && chars.digit(code.charCodeAt(start + 1)))) readNumber(st, start);
    else if (c === 34 || c === 39) {
      st.pos = literalReader.string(code, start);
      st.value(JsTokens.STRING, start, st.pos);
    } else if (c === 96) readTemplate(st, start, true);
    else if (c === 35) {
      let end = start + 1;
      while (end < code.length && chars.identPart(code.charCodeAt(end))) end++;
      if (end === start + 1) throw new ScanBail(start, 'stray #');
      st.pos = end;
      st.value(JsTokens.PRIVATE, start, end);
    } else readPunct(st, start);
  }
  if (st.depth > 0) throw new ScanBail(code.length, 'unclosed brackets at the end');
}
