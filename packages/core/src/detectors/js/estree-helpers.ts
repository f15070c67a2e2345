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
