import type { Node } from 'estree';
import type { Certainty } from '../detection.js';
import { propertyName, stringValue, unwrap } from './estree-helpers.js';

const PASS_THROUGH = new Set(['BinaryExpression', 'TemplateLiteral', 'ConditionalExpression', 'LogicalExpression', 'ArrayExpression', 'SequenceExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression', 'JSXExpressionContainer', 'ChainExpression', 'AwaitExpression', 'SpreadElement']);
const LOAD_KEYS = /^(?:src|href|url|script|scripts|source|loader|endpoint|beacon)$/i;
const HINT_KEYS = /csp|polic|connect|script-?src|img-?src|frame|allow|block|deny|preconnect|prefetch|dns|domains?$|hosts?$|origins?$|whitelist|blacklist|trusted|exclude|ignore|vendors?$/i;
const COMPARE = new Set(['includes', 'indexOf', 'startsWith', 'endsWith', 'test', 'match', 'matches', 'has', 'replace', 'split', 'search']);

/**
 * How sure a tracker URL in a string is a load or beacon, judged by what consumes it:
 * `null` for mentions (CSP and allow-lists, comparisons, log messages, `<a href>`).
 */
export function urlCertainty(node: Node, ancestors: readonly Node[]): Certainty | null {
  let child = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const p = ancestors[i]!;
    if (PASS_THROUGH.has(p.type) && !(p.type === 'BinaryExpression' && p.operator !== '+')) {
      child = p;
      continue;
    }
    if (p.type === 'MemberExpression' && p.object === child) {
      child = p; // `'https://…'.includes(host)` is judged by the call
      continue;
    }
    if (p.type === 'Property') {
      if (p.key === child) return null;
      const key = !p.computed && p.key.type === 'Identifier' ? p.key.name : (stringValue(p.key) ?? '');
      if (HINT_KEYS.test(key)) return null;
      return LOAD_KEYS.test(key) ? 'certain' : 'likely';
    }
    if (p.type === 'AssignmentExpression') {
      const left = unwrap(p.left);
      const name = left.type === 'MemberExpression' ? propertyName(left) : undefined;
      return name !== undefined && /^(?:src|href|data)$/i.test(name) ? 'certain' : 'likely';
    }
    if (p.type === 'CallExpression' || p.type === 'NewExpression') return callCertainty(p.callee, p.arguments);
    if (p.type === 'ImportExpression') return 'certain';
    if ((p.type as string) === 'JSXAttribute') return jsxCertainty(p, ancestors[i - 1]);
    if (p.type === 'BinaryExpression' || p.type === 'SwitchCase') return null;
    return 'likely';
  }
  return 'likely';
}

function callCertainty(callee: Node, args: Node[]): Certainty | null {
  const c = unwrap(callee);
  if (c.type === 'MemberExpression') {
    const method = propertyName(c) ?? '';
    const obj = unwrap(c.object);
    if (obj.type === 'Identifier' && obj.name === 'console') return null;
    if (COMPARE.has(method)) return null;
    if (method === 'setAttribute') return /^(?:src|href)$/i.test(stringValue(args[0]) ?? '') ? 'certain' : null;
  }
  return 'certain';
}

function jsxCertainty(attr: Node, opening: Node | undefined): Certainty | null {
  const a = attr as unknown as { name: { name?: string } };
  const el = opening as unknown as { name?: { name?: string }; attributes?: Array<{ name?: { name?: string }; value?: { value?: string } }> } | undefined;
  const tag = el?.name?.name ?? '';
  const name = a.name.name ?? '';
  if (name === 'src') return 'certain';
  if (name !== 'href' || tag === 'a' || tag === 'Link') return null;
  const rel = el?.attributes?.find((x) => x.name?.name === 'rel')?.value?.value ?? '';
  return /preload|prefetch|modulepreload/.test(rel) && !/dns-prefetch/.test(rel) ? 'likely' : null;
}
