import type { JsTokens } from './js-tokens.js';
import { ScanBail } from './scan-bail.js';

/**
 * The last token of an import or export statement whose source string is token `source`:
 * import attributes (`with { type: 'json' }`) and the semicolon belong to it, as the parser
 * counts them. The older `assert` form is left to the parser.
 */
export function statementEnd(t: JsTokens, source: number): number {
  let last = source;
  if (t.name(last + 1, 'with')) {
    if (!t.punct(last + 2, '{')) throw new ScanBail(t.start[last + 1]!, 'import attributes the scanner cannot read');
    last = t.match[last + 2]!;
  } else if (t.name(last + 1, 'assert')) throw new ScanBail(t.start[last + 1]!, 'import assertions');
  return t.punct(last + 1, ';') ? last + 1 : last;
}
