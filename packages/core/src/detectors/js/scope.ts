import type { Node, Pattern, VariableDeclarator } from 'estree';

/** What a name is bound to in the scope that declares it. `path` walks into a destructuring pattern. */
export type Binding =
  | { kind: 'import'; source: string; imported: string; typeOnly: boolean }
  | { kind: 'variable'; declarator: VariableDeclarator; path: string[]; top: boolean }
  | { kind: 'function'; node: Node; top: boolean }
  | { kind: 'param'; fn: Node; fnParent: Node | undefined; index: number; path: string[] }
  | { kind: 'other' };

type Bindings = Map<string, Binding>;

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * Lexical scopes of one program, built lazily per scope node. Enough to tell a reference to a
 * tracker global from a parameter, import or local that shadows it; ambient TypeScript
 * declarations (`declare const fbq`) bind nothing at runtime and are ignored.
 */
export class ScopeIndex {
  private readonly cache = new WeakMap<Node, Bindings>();

  lookup(name: string, ancestors: readonly Node[]): Binding | undefined {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const scope = ancestors[i]!;
      const b = this.bindingsOf(scope, ancestors[i - 1]).get(name);
      if (b) return b;
    }
    return undefined;
  }

  private bindingsOf(node: Node, parent: Node | undefined): Bindings {
    let b = this.cache.get(node);
    if (b) return b;
    b = new Map();
    this.cache.set(node, b);
    const t = node.type;
    if (t === 'Program') {
      for (const s of node.body) declareStatement(s, b, true);
      hoistVars(node.body, b, true);
    } else if (FUNCTIONS.has(t)) {
      const fn = node as Node & { params: Pattern[]; body: Node; id?: { name: string } | null };
      if (t === 'FunctionExpression' && fn.id) b.set(fn.id.name, { kind: 'other' });
      fn.params.forEach((p, index) => declarePattern(paramPattern(p), [], b, (path) => ({ kind: 'param', fn: node, fnParent: parent, index, path })));
      if (fn.body.type === 'BlockStatement') {
        for (const s of fn.body.body) declareStatement(s, b, false);
        hoistVars(fn.body.body, b, false);
      }
    } else if (t === 'BlockStatement' && !(parent && FUNCTIONS.has(parent.type))) {
      for (const s of node.body) declareStatement(s, b, false);
    } else if (t === 'ForStatement' || t === 'ForInStatement' || t === 'ForOfStatement') {
      const decl = t === 'ForStatement' ? node.init : node.left;
      if (decl) declareStatement(decl, b, false);
    } else if (t === 'CatchClause' && node.param) {
      declarePattern(node.param, [], b, () => ({ kind: 'other' }));
    } else if (t === 'SwitchStatement') {
      for (const c of node.cases) for (const s of c.consequent) declareStatement(s, b, false);
    }
    return b;
  }
}

function paramPattern(p: Pattern): Pattern {
  const n = p as unknown as { type: string; parameter?: Pattern };
  return n.type === 'TSParameterProperty' && n.parameter ? n.parameter : p;
}

function declareStatement(s: Node, b: Bindings, top: boolean): void {
  const n = s as Node & { declare?: boolean; importKind?: string };
  if (n.declare) return;
  switch (n.type) {
    case 'ImportDeclaration': {
      const source = String(n.source.value);
      for (const spec of n.specifiers) {
        const typeOnly = n.importKind === 'type' || (spec as { importKind?: string }).importKind === 'type';
        const imported =
          spec.type === 'ImportSpecifier' ? (spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value)) : spec.type === 'ImportDefaultSpecifier' ? 'default' : '*';
        b.set(spec.local.name, { kind: 'import', source, imported, typeOnly });
      }
      return;
    }
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
      if (n.declaration) declareStatement(n.declaration as Node, b, top);
      return;
    case 'VariableDeclaration':
      if (n.kind === 'var') return; // hoisted separately, to the function or program
      for (const d of n.declarations) declarePattern(d.id, [], b, (path) => ({ kind: 'variable', declarator: d, path, top }));
      return;
    case 'FunctionDeclaration':
      if (n.id) b.set(n.id.name, { kind: 'function', node: n, top });
      return;
    case 'ClassDeclaration':
      if (n.id) b.set(n.id.name, { kind: 'other' });
      return;
    default:
      if ((n.type as string) === 'TSEnumDeclaration') {
        const id = (n as unknown as { id: { name: string } }).id;
        b.set(id.name, { kind: 'other' });
      }
  }
}

/** `var` declarations anywhere in a function body except nested functions. */
function hoistVars(body: readonly Node[], b: Bindings, top: boolean): void {
  const stack: Node[] = [...body];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (FUNCTIONS.has(n.type) || n.type === 'ClassDeclaration' || n.type === 'ClassExpression') continue;
    if (n.type === 'VariableDeclaration' && n.kind === 'var' && !(n as { declare?: boolean }).declare) {
      for (const d of n.declarations) declarePattern(d.id, [], b, (path) => ({ kind: 'variable', declarator: d, path, top }));
    }
    for (const key of ['body', 'consequent', 'alternate', 'block', 'handler', 'finalizer', 'init', 'left', 'cases', 'declaration']) {
      const v = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) stack.push(...(v as Node[]).filter((x) => typeof x?.type === 'string'));
      else if (v && typeof (v as Node).type === 'string') stack.push(v as Node);
    }
  }
}

function declarePattern(p: Pattern | null, path: string[], b: Bindings, make: (path: string[]) => Binding): void {
  if (!p) return;
  switch (p.type) {
    case 'Identifier':
      b.set(p.name, make(path));
      return;
    case 'ObjectPattern':
      for (const prop of p.properties) {
        if (prop.type === 'RestElement') declarePattern(prop.argument, [...path, '...'], b, make);
        else {
          const key = !prop.computed && prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : '?';
          declarePattern(prop.value, [...path, key], b, make);
        }
      }
      return;
    case 'ArrayPattern':
      p.elements.forEach((e, i) => declarePattern(e, [...path, String(i)], b, make));
      return;
    case 'AssignmentPattern':
      declarePattern(p.left, path, b, make);
      return;
    case 'RestElement':
      declarePattern(p.argument, [...path, '...'], b, make);
      return;
    default:
      return;
  }
}
