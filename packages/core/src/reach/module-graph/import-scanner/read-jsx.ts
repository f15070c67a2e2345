import { chars } from './chars.js';
import { JsTokens } from './js-tokens.js';
import { literalReader } from './literal-reader.js';
import { ScanBail } from './scan-bail.js';
import { TokenizerState } from './tokenizer-state.js';

const OPEN = 0;
const TAG = 1;
const CHILDREN = 2;

function skipTrivia(st: TokenizerState): void {
  const code = st.code;
  for (;;) {
    const c = code.charCodeAt(st.pos);
    if (chars.space(c)) st.pos++;
    else if (c === 47 && (code.charCodeAt(st.pos + 1) === 47 || code.charCodeAt(st.pos + 1) === 42)) st.pos = literalReader.comment(code, st.pos);
    else return;
  }
}

/** `div`, `my-element`, `Foo.Bar`, `svg:rect`; ASCII only (anything else is left to the parser). */
function readName(st: TokenizerState): string {
  const code = st.code;
  const start = st.pos;
  let c = code.charCodeAt(st.pos);
  if (!(c < 128 && chars.identStart(c))) throw new ScanBail(st.pos, 'JSX name the scanner cannot read');
  while (c < 128 && (chars.identPart(c) || c === 45 || c === 46 || c === 58)) c = code.charCodeAt(++st.pos);
  return code.slice(start, st.pos);
}

/** Opens a `{…}` container: JS tokens follow until its `}`. */
function container(st: TokenizerState, kind: number): void {
  st.open(kind, st.emit(JsTokens.PUNCT, st.pos, st.pos + 1));
  st.pos++;
  st.exprStart = true;
  st.braceEnd = false;
  st.slashUnsure = false;
  st.afterDot = false;
}

/**
 * Reads JSX from `<` (`from: 'open'`), or back inside a tag or among children after a container's
 * `}`, until a `{` container opens or the outermost element closes. Text holding `>` or `}`,
 * which the parser only accepts with an error, is left to the parser.
 */
export function readJsx(st: TokenizerState, from: 'open' | 'tag' | 'children'): void {
  const code = st.code;
  let mode = from === 'open' ? OPEN : from === 'tag' ? TAG : CHILDREN;
  for (;;) {
    if (mode === OPEN) {
      st.pos++;
      skipTrivia(st);
      if (code.charCodeAt(st.pos) === 62) {
        st.pos++;
        st.openElement('');
        mode = CHILDREN;
      } else {
        st.openElement(readName(st));
        mode = TAG;
      }
      continue;
    }
    if (mode === TAG) {
      skipTrivia(st);
      const c = code.charCodeAt(st.pos);
      if (c === 62) {
        st.pos++;
        mode = CHILDREN;
        continue;
      }
      if (c === 123) return container(st, TokenizerState.JSX_ATTR);
      if (c === 47 && code.charCodeAt(st.pos + 1) === 62) {
        st.pos += 2;
        st.closeElement(undefined);
        if (closed(st)) return;
        mode = CHILDREN;
        continue;
      }
      readName(st);
      skipTrivia(st);
      if (code.charCodeAt(st.pos) !== 61) continue;
      st.pos++;
      skipTrivia(st);
      const q = code.charCodeAt(st.pos);
      if (q === 123) return container(st, TokenizerState.JSX_ATTR);
      if (q !== 34 && q !== 39) throw new ScanBail(st.pos, 'JSX attribute value the scanner cannot read');
      const end = code.indexOf(String.fromCharCode(q), st.pos + 1);
      if (end < 0) throw new ScanBail(st.pos, 'unterminated JSX attribute');
      st.pos = end + 1;
      continue;
    }
    let c = code.charCodeAt(st.pos);
    while (c !== 60 && c !== 123) {
      if (c === 62 || c === 125 || st.pos >= code.length) throw new ScanBail(st.pos, 'JSX text the scanner cannot read');
      c = code.charCodeAt(++st.pos);
    }
    if (c === 123) return container(st, TokenizerState.JSX_CHILD);
    const lt = st.pos;
    st.pos++;
    skipTrivia(st);
    if (code.charCodeAt(st.pos) !== 47) {
      st.pos = lt;
      mode = OPEN;
      continue;
    }
    st.pos++;
    skipTrivia(st);
    const name = code.charCodeAt(st.pos) === 62 ? '' : readName(st);
    skipTrivia(st);
    if (code.charCodeAt(st.pos) !== 62) throw new ScanBail(st.pos, 'JSX closing tag the scanner cannot read');
    st.pos++;
    st.closeElement(name);
    if (closed(st)) return;
  }
}

/** After an element closes: true when it was the outermost, and the JSX expression is a value. */
function closed(st: TokenizerState): boolean {
  if (st.top() === TokenizerState.ELEMENT) return false;
  st.exprStart = false;
  st.braceEnd = false;
  st.slashUnsure = false;
  return true;
}
