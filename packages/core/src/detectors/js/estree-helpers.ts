import type { Expression, Node, Super } from 'estree';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'top', 'parent', 'global']);

/** Strips TypeScript wrappers, parentheses and optional chains so detectors see the expression. */
export function unwrap(node: Node | Super): Node | Super {
  let n = node as Node & { expression?: Node };
  for (;;) {
    const t = n.type as string;
    if (
      (t === 'TSAsExpression' ||
        t === 'TSNonNullExpression' ||
        t === 'TSSatisfiesExpression' ||
        t === 'TSTypeAssertion' ||
        t === 'ChainExpression' ||
        t === 'ParenthesizedExpression') &&
      n.expression
    ) {
      n = n.expression as Node & { expression?: Node };
    } else return n;
  }
}

/** `x.name`, `x['name']` and `` x[`name`] `` → `name`. */
export function propertyName(node: Node): string | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const p = node.property;
  if (!node.computed && p.type === 'Identifier') return p.name;
  return stringValue(p);
}

/** The global a reference names: `fbq`, `window.fbq`, `globalThis['fbq']`. */
export function globalReference(node: Node | Super): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') {
    const obj = unwrap(n.object);
    if (obj.type === 'Identifier' && GLOBAL_OBJECTS.has(obj.name)) return propertyName(n);
  }
  return undefined;
}

/** A string the code spells out literally, or `undefined`. */
export function stringValue(node: Node | Super | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export function objectKeys(node: Expression | Node | undefined): string[] | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'ObjectExpression') return undefined;
  const keys: string[] = [];
  for (const p of n.properties) {
    if (p.type !== 'Property') continue;
    const k = p.key;
    if (!p.computed && k.type === 'Identifier') keys.push(k.name);
    else {
      const s = stringValue(k);
      if (s !== undefined) keys.push(s);
    }
  }
  return keys;
}

/** Offsets of a node in the text it was parsed from (Babel `start`/`end`, ESLint `range`). */
export function spanOf(node: Node): [number, number] | undefined {
  const n = node as Node & { start?: number; end?: number };
  if (n.range) return n.range;
  if (typeof n.start === 'number' && typeof n.end === 'number') return [n.start, n.end];
  return undefined;
}

export type LiteralValue = string | number | boolean | null | string[];

/** A literal the code spells out (`false`, `'false'`, `42`, `['LDU']`), or `undefined`. */
export function literalValue(node: Node | null | undefined): LiteralValue | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Literal' && (typeof n.value !== 'object' || n.value === null)) return n.value as LiteralValue;
  if (n.type === 'UnaryExpression' && n.operator === '!' && n.argument.type === 'Literal' && typeof n.argument.value === 'number') return !n.argument.value;
  if (n.type === 'ArrayExpression') {
    const items = n.elements.map((e) => (e && e.type !== 'SpreadElement' ? stringValue(e) : undefined));
    return items.every((i) => i !== undefined) ? items : undefined;
  }
  return stringValue(n);
}

/** The value of a non-computed property of an object literal. */
export function propertyValue(node: Node | null | undefined, key: string): Node | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'ObjectExpression') return undefined;
  for (const p of n.properties) {
    if (p.type !== 'Property') continue;
    const k = !p.computed && p.key.type === 'Identifier' ? p.key.name : stringValue(p.key);
    if (k === key) return p.value;
  }
  return undefined;
}
