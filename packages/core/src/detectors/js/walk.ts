import type { Node } from 'estree';
import { fileBudget } from '../../files/file-budget.js';

// `parent` is set on ESLint's nodes; following it would loop.
const SKIP_KEYS = new Set(['parent', 'loc', 'range', 'start', 'end', 'extra', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'tokens', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeParameters', 'superTypeArguments']);

export type Ancestors = readonly Node[];

/** Returned by a visitor to leave a node's children unvisited. */
export const SKIP = 'skip';

/**
 * Visits every ESTree node depth-first without recursion, so deeply nested minified code
 * cannot overflow the stack. `ancestors` is the path from the root to the node's parent.
 */
export function walk(root: Node, enter: (node: Node, ancestors: Ancestors) => void | typeof SKIP): void {
  const ancestors: Node[] = [];
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  let visited = 0;
  while (stack.length > 0) {
    if ((visited++ & 1023) === 0) fileBudget.check();
    const { node, depth } = stack.pop()!;
    ancestors.length = depth;
    if (enter(node, ancestors) === SKIP) continue;
    ancestors.push(node);
    const children: Node[] = [];
    for (const key of Object.keys(node)) {
      if (SKIP_KEYS.has(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const v of value) if (isNode(v)) children.push(v);
      } else if (isNode(value)) children.push(value);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}
