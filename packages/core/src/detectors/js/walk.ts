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
  // Two parallel stacks and children pushed in reverse, without a record or array per node: a
  // minified bundle has millions of nodes, and per-node garbage was a measured share of the walk.
  const nodes: Node[] = [root];
  const depths: number[] = [0];
  let visited = 0;
  while (nodes.length > 0) {
    if ((visited++ & 1023) === 0) fileBudget.check();
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    ancestors.length = depth;
    if (enter(node, ancestors) === SKIP) continue;
    ancestors.push(node);
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (SKIP_KEYS.has(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const v: unknown = value[i];
          if (isNode(v)) {
            nodes.push(v);
            depths.push(depth + 1);
          }
        }
      } else if (isNode(value)) {
        nodes.push(value);
        depths.push(depth + 1);
      }
    }
  }
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}
