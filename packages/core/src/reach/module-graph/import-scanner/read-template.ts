import { JsTokens } from './js-tokens.js';
import { literalReader } from './literal-reader.js';
import { TokenizerState } from './tokenizer-state.js';

/** From a backtick or a substitution's `}`: one template piece, and a frame when a substitution opens. */
export function readTemplate(st: TokenizerState, start: number, whole: boolean): void {
  st.pos = literalReader.templateChunk(st.code, start);
  if (st.code.charCodeAt(st.pos - 1) === 96) return st.value(whole ? JsTokens.TEMPLATE : JsTokens.TEMPLATE_PART, start, st.pos);
  st.value(JsTokens.TEMPLATE_PART, start, st.pos);
  st.open(TokenizerState.TEMPLATE, st.tokens.count - 1);
  st.exprStart = true;
}
