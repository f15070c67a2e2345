import type { Node, Program } from 'estree';
import type { Reference } from '../../detectors/front-end.js';
import { walk } from '../../detectors/js/walk.js';
import { NodeLocations } from '../../parse/node-locations.js';
import { routePath } from './route-path.js';

/** Routers whose tables this reads: React Router (objects and `<Route>`), Vue Router. */
export const ROUTE_TABLE_HINT = /\b(?:createBrowserRouter|createHashRouter|createMemoryRouter|useRoutes|createRoutesFromElements|createRouter|VueRouter)\b|<Route\b/;

const COMPONENT_KEYS = new Set(['element', 'component', 'Component', 'lazy', 'components']);

type Any = Node & Record<string, unknown>;

export interface RouteTable {
  /** One `imports` reference with a `route` for each component a table mounts at a path. */
  references: Reference[];
  /** Imported names mounted by the table: their plain import does not widen the importer's reach. */
  mounted: Set<string>;
  /** Specifiers of everything mounted: a lazy `import()` of one is the table's, not a plain import. */
  specifiers: Set<string>;
}

function str(node: unknown): string | undefined {
  const n = node as Any | undefined;
  return n?.type === 'Literal' && typeof n.value === 'string' ? n.value : undefined;
}

function objectProp(obj: Any, key: string): Any | undefined {
  for (const p of obj.properties as Any[]) {
    const k = p.key as Any | undefined;
    if (p.type === 'Property' && ((k?.type === 'Identifier' && k.name === key) || str(k) === key)) return p.value as Any;
  }
  return undefined;
}

function jsxAttr(el: Any, key: string): Any | undefined {
  const opening = el.openingElement as Any;
  for (const a of opening.attributes as Any[]) {
    if (a.type === ('JSXAttribute' as string) && (a.name as { name: string }).name === key) return (a.value as Any | null) ?? ({ type: 'Literal', value: true } as unknown as Any);
  }
  return undefined;
}

function isRouteElement(n: Any): boolean {
  if ((n.type as string) !== 'JSXElement') return false;
  const name = (n.openingElement as Any).name as Any;
  return (name.type as string) === 'JSXIdentifier' && name.name === 'Route';
}

/** The route a node declares: its own path (or index) and the component values it mounts. */
function declared(n: Any): { path?: string; index: boolean; values: Any[] } | undefined {
  if (n.type === 'ObjectExpression') {
    const values = [...COMPONENT_KEYS].map((k) => objectProp(n, k)).filter((v): v is Any => v !== undefined);
    const path = str(objectProp(n, 'path'));
    const index = (objectProp(n, 'index') as { value?: unknown } | undefined)?.value === true;
    if (path === undefined && !index) return undefined;
    return { ...(path === undefined ? {} : { path }), index, values };
  }
  if (isRouteElement(n)) {
    const raw = jsxAttr(n, 'path');
    const path = str(raw);
    const index = jsxAttr(n, 'index') !== undefined;
    const values = ['element', 'component', 'Component'].map((k) => jsxAttr(n, k)).filter((v): v is Any => v !== undefined);
    if (path === undefined && !index) return undefined;
    return { ...(path === undefined ? {} : { path }), index, values };
  }
  return undefined;
}

/**
 * Reads route tables declared in code (`createBrowserRouter([{ path, element }])`,
 * `<Route path element>`, Vue Router `{ path, component }`): each mounted component runs on its
 * path only, so it is a page of that route rather than a plain import of the router file.
 */
export function routeTableReferences(program: Program): RouteTable {
  const table: RouteTable = { references: [], mounted: new Set(), specifiers: new Set() };
  const imports = localModules(program);
  const locations = NodeLocations.of(program);
  walk(program, (node, ancestors) => {
    const n = node as Any;
    const found = declared(n);
    if (!found) return;
    let parent = '/';
    for (const a of ancestors) {
      const d = declared(a as Any);
      if (d?.path !== undefined) parent = routePath(d.path, parent);
    }
    const own = found.path === undefined ? parent : routePath(found.path, parent);
    const hasChildren = n.type === 'ObjectExpression' ? objectProp(n, 'children') !== undefined : (n.children as Any[]).some((c) => isRouteElement(c));
    const route = hasChildren ? { pattern: `${own.replace(/\/$/, '')}/**`, role: 'layout' as const } : { pattern: own, role: 'page' as const };
    const loc = locations.at(node)?.start ?? { line: 1, column: 0 };
    for (const value of found.values) {
      walk(value, (inner) => {
        const i = inner as Any;
        let specifier: string | undefined;
        if (i.type === 'ImportExpression') {
          specifier = str(i.source);
        } else if (i.type === 'Identifier' || (i.type as string) === 'JSXIdentifier') {
          specifier = imports.get(i.name as string);
          if (specifier !== undefined) table.mounted.add(i.name as string);
        }
        if (specifier === undefined) return;
        table.specifiers.add(specifier);
        table.references.push({ kind: 'imports', specifier, line: loc.line, column: loc.column + 1, route });
      });
    }
  });
  return table;
}

/** Local names bound to modules: `import X from './X'`, `const X = lazy(() => import('./X'))`. */
function localModules(program: Program): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of program.body as Any[]) {
    if (statement.type === 'ImportDeclaration') {
      for (const s of statement.specifiers as Any[]) names.set((s.local as { name: string }).name, str(statement.source) ?? '');
    }
    const declarations = statement.type === 'VariableDeclaration' ? (statement.declarations as Any[]) : [];
    for (const d of declarations) {
      const id = d.id as Any;
      if (id.type !== 'Identifier' || !d.init) continue;
      walk(d.init as Node, (inner) => {
        const i = inner as Any;
        const source = i.type === 'ImportExpression' ? str(i.source) : undefined;
        if (source !== undefined && !names.has(id.name)) names.set(id.name, source);
      });
    }
  }
  for (const [k, v] of names) if (v === '') names.delete(k);
  return names;
}
