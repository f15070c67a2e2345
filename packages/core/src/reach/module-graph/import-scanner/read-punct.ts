import { JsTokens } from './js-tokens.js';
import { literalReader } from './literal-reader.js';
import { punctLength } from './punct-length.js';
import { readJsx } from './read-jsx.js';
import { readTemplate } from './read-template.js';
import { ScanBail } from './scan-bail.js';
import { TokenizerState } from './tokenizer-state.js';

const S = TokenizerState;

/** `<T,>` in TSX: type parameters of a generic arrow, not an element (`<T extends U>` is left to the parser). */
function typeParameters(code: string, pos: number): boolean {
  const m = /^<\s*[\w$]+\s*(,|extends\b)?/.exec(code.slice(pos, pos + 80));
  if (m?.[1] === 'extends') throw new ScanBail(pos, 'generic arrow or JSX');
  return m?.[1] === ',';
}

function closeBracket(st: TokenizerState, start: number, opener: number): void {
  const kind = st.top();
  const at = st.emit(JsTokens.PUNCT, start, start + 1);
  const open = st.close(kind === S.CONTROL && opener === 40 ? S.CONTROL : S.BRACKET);
  if (st.code.charCodeAt(st.tokens.start[open]!) !== opener) throw new ScanBail(start, 'unbalanced brackets');
  st.tokens.match[open] = at;
  st.tokens.match[at] = open;
  st.pos = start + 1;
  st.exprStart = kind === S.CONTROL;
  st.braceEnd = opener === 123;
  st.slashUnsure = false;
  st.afterDot = false;
  st.control = false;
}

function closeBrace(st: TokenizerState, start: number): void {
  const kind = st.top();
  if (kind === S.TEMPLATE) {
    st.close(S.TEMPLATE);
    return readTemplate(st, start, false);
  }
  if (kind !== S.JSX_CHILD && kind !== S.JSX_ATTR) return closeBracket(st, start, 123);
  const at = st.emit(JsTokens.PUNCT, start, start + 1);
  const open = st.close(kind);
  st.tokens.match[open] = at;
  st.tokens.match[at] = open;
  st.pos = start + 1;
  readJsx(st, kind === S.JSX_CHILD ? 'children' : 'tag');
}

/** Reads one punctuator, or a regex, JSX or TS type assertion that starts with one. */
export function readPunct(st: TokenizerState, start: number): void {
  const code = st.code;
  const c = code.charCodeAt(start);
  if (c === 125) return closeBrace(st, start);
  if (c === 41 || c === 93) return closeBracket(st, start, c === 41 ? 40 : 91);
  if (c === 60 && code.startsWith('<!--', start)) throw new ScanBail(start, 'HTML-like comment');
  if (c === 47 || c === 60) {
    if (st.exprStart) {
      st.afterDot = false;
      st.control = false;
      if (c === 47) {
        st.pos = literalReader.regex(code, start);
        return st.value(JsTokens.REGEX, start, st.pos);
      }
      if (st.jsx && !(st.ts && typeParameters(code, start))) {
        st.emit(JsTokens.JSX, start, start + 1);
        st.pos = start;
        return readJsx(st, 'open');
      }
      st.pos = literalReader.typeArguments(code, start);
      return;
    }
    if (st.braceEnd || (c === 47 && st.slashUnsure)) throw new ScanBail(start, `cannot tell what ${code[start]} starts here`);
  }
  const length = punctLength(code, start);
  if (length === 0) throw new ScanBail(start, 'unexpected character');
  // `-->` opening a line is a comment in scripts; the parser knows which files are scripts.
  if (c === 45 && st.lineStart && code.startsWith('-->', start)) throw new ScanBail(start, 'HTML-like comment');
  const postfix = length === 2 && (c === 43 || c === 45) && code.charCodeAt(start + 1) === c && !st.exprStart;
  const nonNull = length === 1 && c === 33 && st.ts && !st.exprStart;
  const at = st.emit(JsTokens.PUNCT, start, start + length);
  st.pos = start + length;
  st.afterDot = (c === 46 && length === 1) || (c === 63 && length === 2 && code.charCodeAt(start + 1) === 46);
  st.exprStart = !(postfix || nonNull || st.afterDot);
  st.slashUnsure = postfix || nonNull;
  st.braceEnd = false;
  if (c === 40 || c === 91 || c === 123) st.open(c === 40 && st.control ? S.CONTROL : S.BRACKET, at);
  st.control = false;
}
