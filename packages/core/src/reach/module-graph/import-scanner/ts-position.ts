import { JsTokens } from './js-tokens.js';
import { ScanBail } from './scan-bail.js';

/** Words after which a TS type may follow: `import('x')` there may be an import type. */
const TYPE_WORDS = new Set(['typeof', 'keyof', 'extends', 'readonly', 'unique', 'infer', 'is', 'as', 'satisfies', 'implements', 'asserts', 'type', 'declare', 'abstract', 'namespace', 'module', 'interface', 'enum']);
const VALUE_WORDS = new Set(['await', 'return', 'yield', 'throw', 'void', 'delete', 'case', 'do', 'else', 'in', 'of', 'new', 'default', 'try', 'finally']);
const VALUE_OPERATORS = new Set(['&&', '||', '??', '!', '+', '-', '*', '/', '%', '**', '==', '===', '!=', '!==', '<=', '>=', '>', '+=', '-=', '*=', '/=', '%=', '&&=', '||=', '??=', '**=', '<<', '>>', '>>>', '^', '~', ';', '{', '}']);

type Position = 'value' | 'type';

function unknown(t: JsTokens, p: number): never {
  throw new ScanBail(t.start[p] ?? 0, 'import( in a TS file where a type may stand');
}

/** A `(` that opens call arguments rather than a parenthesised expression or a parameter list. */
function isCall(t: JsTokens, open: number): boolean {
  const b = open - 1;
  return (t.name(b) && !TYPE_WORDS.has(t.text(b))) || t.punct(b, ')') || t.punct(b, ']') || t.punct(b, '?.');
}

/** Whether a TS type argument `<` may sit between `open` and `p` inside the same brackets (a long way counts as yes). */
function angleInside(t: JsTokens, open: number, p: number): boolean {
  if (p - open > 4096) return true;
  for (let i = open + 1; i < p; i++) if (t.parent[i] === open && t.punct(i, '<')) return true;
  return false;
}

/**
 * Whether the expression or type starting at token `p` of a TS script is a value or a type,
 * from the tokens before it. TS writes `import('x')` for an import type too, which is no import;
 * where the tokens do not settle it, this throws `ScanBail` and the file is parsed.
 */
export function tsPosition(t: JsTokens, p: number, depth = 0): Position {
  const q = p - 1;
  if (q < 0) return 'value';
  if (depth > 12) unknown(t, p);
  const kind = t.kind[q];
  if (kind === JsTokens.NAME) return TYPE_WORDS.has(t.text(q)) ? unknown(t, p) : 'value';
  if (kind === JsTokens.STRING || kind === JsTokens.NUMBER || kind === JsTokens.TEMPLATE || kind === JsTokens.REGEX) return 'value';
  if (kind !== JsTokens.PUNCT) unknown(t, p);
  const s = t.text(q);
  if (VALUE_OPERATORS.has(s)) return 'value';
  switch (s) {
    case '=>': {
      let head = t.punct(q - 1, ')') ? t.match[q - 1]! : t.name(q - 1) && !t.punct(q - 2, ':') ? q - 1 : unknown(t, p);
      if (t.name(head - 1, 'async')) head--;
      return tsPosition(t, head, depth + 1);
    }
    case '=':
      if (t.name(q - 1) && t.name(q - 2, 'type') && !t.punct(q - 3, '.')) return 'type';
      if (t.punct(q - 1, '>') || t.punct(q - 2, '<') || t.punct(q - 2, ',')) unknown(t, p);
      return 'value';
    case '(':
      return isCall(t, q) ? 'value' : tsPosition(t, q, depth + 1);
    case '[':
      if (t.name(q - 1) ? !VALUE_WORDS.has(t.text(q - 1)) : t.punct(q - 1, ')') || t.punct(q - 1, ']')) unknown(t, p);
      return tsPosition(t, q, depth + 1);
    case ',': {
      const open = t.parent[q]!;
      if (open < 0 || angleInside(t, open, q)) unknown(t, p);
      if (t.punct(open, '(') && isCall(t, open)) return 'value';
      if (t.punct(open, '[')) return tsPosition(t, open + 1, depth + 1);
      return unknown(t, p);
    }
    case ':': {
      const open = t.parent[q]!;
      if (!t.punct(open, '{')) unknown(t, p);
      const before = open - 1;
      if (t.punct(before, ')') || (t.name(before) && VALUE_WORDS.has(t.text(before)))) return 'value';
      if (t.name(before)) unknown(t, p);
      return tsPosition(t, open, depth + 1);
    }
  }
  return unknown(t, p);
}
