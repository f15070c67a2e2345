import { JsTokens } from './js-tokens.js';
import { ScanBail } from './scan-bail.js';

/**
 * Local names bound by the `{ … }` of an import (`open` is the `{`), with `type` specifiers
 * counted apart; `typeOnly` says how many were type-only. Anything but plain names, strings,
 * `as` and `type` is left to the parser, and so is `type` where TS reads it several ways.
 */
export function importSpecifiers(t: JsTokens, open: number, ts: boolean): { locals: string[]; typeOnly: number } {
  const close = t.match[open]!;
  const locals: string[] = [];
  let typeOnly = 0;
  let from = open + 1;
  const bail = (i: number): never => {
    throw new ScanBail(t.start[i]!, 'import specifier the scanner cannot read');
  };
  while (from < close) {
    let to = from;
    while (to < close && !t.punct(to, ',')) to++;
    const n = to - from;
    const word = (k: number) => t.name(from + k) && !t.name(from + k, 'as');
    const source = (k: number) => word(k) || t.is(from + k, JsTokens.STRING);
    if (n === 1 && word(0) && !t.name(from, 'default')) locals.push(t.text(from));
    else if (n === 3 && source(0) && !t.name(from, 'type') && t.name(from + 1, 'as') && word(2)) locals.push(t.text(from + 2));
    else if (ts && t.name(from, 'type') && ((n === 2 && word(1)) || (n === 4 && source(1) && t.name(from + 2, 'as') && word(3)))) typeOnly++;
    else bail(from);
    from = to + 1;
  }
  return { locals, typeOnly };
}
