import type { Node } from 'estree';
import { trackerForGlobal, trackerForPackage } from '../../trackers/catalogue.js';
import type { Tracker, TrackerPackage } from '../../trackers/tracker.js';
import { propertyName, spanOf, stringValue, unwrap } from './estree-helpers.js';
import type { ScopeIndex } from './scope.js';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'top', 'parent', 'global']);

/** What an expression refers to: a tracker's global, or a tracker package (or one of its exports). */
export type Ref =
  | { kind: 'global'; tracker: Tracker; name: string }
  | { kind: 'module'; tracker: Tracker; pkg: TrackerPackage; source: string; member?: string };

/**
 * Follows names to what they are bound to, so `const track = window.fbq`, a wrapper imported
 * under any name and `import('react-facebook-pixel')` all resolve, while a parameter or an import
 * from `./segment` named `fbq` does not.
 */
export class Resolver {
  constructor(
    private readonly scopes: ScopeIndex,
    private readonly code: string,
  ) {}

  resolve(node: Node, ancestors: readonly Node[], depth = 0): Ref | undefined {
    if (depth > 4) return undefined;
    const n = unwrap(node);
    switch (n.type) {
      case 'Identifier':
        return this.identifier(n.name, ancestors, depth);
      case 'MemberExpression': {
        const prop = propertyName(n);
        if (prop === undefined) return undefined;
        const obj = unwrap(n.object);
        if (obj.type === 'Identifier' && GLOBAL_OBJECTS.has(obj.name) && !this.scopes.lookup(obj.name, ancestors)) {
          const t = trackerForGlobal(prop);
          return t ? { kind: 'global', tracker: t, name: prop } : undefined;
        }
        return this.member(this.resolve(obj, ancestors, depth + 1), prop);
      }
      case 'ImportExpression':
        return this.module(stringValue(n.source));
      case 'AwaitExpression':
        return this.resolve(n.argument, ancestors, depth + 1);
      case 'CallExpression': {
        const callee = unwrap(n.callee);
        if (callee.type === 'Identifier' && callee.name === 'require' && !this.scopes.lookup('require', ancestors)) return this.module(stringValue(n.arguments[0]));
        return undefined;
      }
      case 'LogicalExpression':
        return this.resolve(n.left, ancestors, depth + 1);
      default:
        return undefined;
    }
  }

  /** A top-level function or variable named like a tracker global that is its queue stub, not a look-alike. */
  isStub(node: Node): boolean {
    const span = spanOf(node);
    return span !== undefined && /\barguments\b/.test(this.code.slice(span[0], span[1]));
  }

  private identifier(name: string, ancestors: readonly Node[], depth: number): Ref | undefined {
    const b = this.scopes.lookup(name, ancestors);
    const asGlobal = (): Ref | undefined => {
      const t = trackerForGlobal(name);
      return t ? { kind: 'global', tracker: t, name } : undefined;
    };
    if (!b) return asGlobal();
    switch (b.kind) {
      case 'import': {
        if (b.typeOnly) return undefined;
        const m = trackerForPackage(b.source, b.imported);
        if (!m) return undefined;
        // A named export that is not an API function (`PixelModule`, `PixelService`) is used as the wrapper object.
        const fn = m.pkg.api?.[b.imported] !== undefined || m.tracker.globals.includes(b.imported);
        return { kind: 'module', tracker: m.tracker, pkg: m.pkg, source: b.source, ...(fn ? { member: b.imported } : {}) };
      }
      case 'function':
        return b.top && this.isStub(b.node) ? asGlobal() : undefined;
      case 'variable': {
        const init = b.declarator.init;
        if (!init) return undefined;
        if (b.top && b.path.length === 0 && trackerForGlobal(name) && this.isStub(init)) return asGlobal();
        return b.path.reduce<Ref | undefined>((r, key) => this.member(r, key), this.resolve(init, ancestors, depth + 1));
      }
      case 'param': {
        // `import('pkg').then((m) => …)` and `.then(({ default: Pixel }) => …)`
        const p = b.fnParent;
        if (b.index !== 0 || p?.type !== 'CallExpression' || p.arguments[0] !== b.fn) return undefined;
        const callee = unwrap(p.callee);
        if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'then') return undefined;
        return b.path.reduce<Ref | undefined>((r, key) => this.member(r, key), this.resolve(callee.object, ancestors, depth + 1));
      }
      default:
        return undefined;
    }
  }

  private module(source: string | undefined): Ref | undefined {
    if (source === undefined) return undefined;
    const m = trackerForPackage(source);
    return m ? { kind: 'module', tracker: m.tracker, pkg: m.pkg, source } : undefined;
  }

  private member(ref: Ref | undefined, prop: string): Ref | undefined {
    if (!ref || ref.kind !== 'module' || ref.member !== undefined) return undefined;
    if (prop === 'default') return ref;
    const m = trackerForPackage(ref.source, prop);
    return m ? { kind: 'module', tracker: m.tracker, pkg: m.pkg, source: ref.source, member: prop } : { ...ref, member: prop };
  }
}
