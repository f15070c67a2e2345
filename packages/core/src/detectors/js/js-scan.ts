import type { Node, Program } from 'estree';
import { NodeLocations } from '../../parse/node-locations.js';
import type { Tracker } from '../../trackers/tracker.js';
import type { Certainty, Detection, DetectionDetails, DetectionKind } from '../detection.js';
import { spanOf, stringValue, unwrap } from './estree-helpers.js';
import { Resolver } from './resolve-value.js';
import { ScopeIndex } from './scope.js';
import { valueSource, type ValueSource } from './value-source.js';

export interface JsDetectContext {
  file: string;
  /** The text the program was parsed from, for evidence excerpts. */
  code: string;
  /** How many string layers deep this program sits (snippet code held in a string). */
  depth?: number;
}

/** The state of one detection pass over one program: bindings, and what was found so far. */
export class JsScan {
  readonly found: Detection[] = [];
  /** Keys of facts already reported, for detectors that see one snippet from several nodes. */
  readonly seen = new Set<string>();
  readonly scopes = new ScopeIndex();
  readonly resolver: Resolver;
  /** Positions of the program's nodes, whichever parser built it. */
  readonly locations: NodeLocations;

  constructor(
    readonly ctx: JsDetectContext,
    program: Program,
    /** Runs the whole detector over a program parsed from a string inside this one. */
    readonly nested: (program: Program, ctx: JsDetectContext) => Detection[],
  ) {
    this.resolver = new Resolver(this.scopes, ctx.code);
    this.locations = NodeLocations.of(program);
  }

  add(tracker: Tracker, kind: DetectionKind, node: Node, details: DetectionDetails, certainty: Certainty): void {
    const loc = this.locations.at(node);
    const start = loc?.start ?? { line: 1, column: 0 };
    const end = loc?.end ?? start;
    this.found.push({
      tracker: tracker.id,
      kind,
      file: this.ctx.file,
      loc: { line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 },
      certainty,
      evidence: this.excerpt(node),
      details,
    });
  }

  excerpt(node: Node): string {
    const span = spanOf(node);
    if (!span) return '';
    const s = this.ctx.code.slice(span[0], span[1]).replace(/\s+/g, ' ');
    return s.length > 100 ? `${s.slice(0, 97)}...` : s;
  }

  /** Keys of a parameter object and where each value comes from. */
  payload(node: Node | undefined, ancestors: readonly Node[]): Pick<DetectionDetails, 'keys' | 'sources'> {
    if (!node) return {};
    const obj = unwrap(node);
    if (obj.type === 'Identifier') {
      const b = this.scopes.lookup(obj.name, ancestors);
      if (b?.kind === 'variable' && b.path.length === 0 && b.declarator.init) return this.payload(b.declarator.init, ancestors);
      return {};
    }
    if (obj.type !== 'ObjectExpression') return {};
    const keys: string[] = [];
    const sources: Record<string, ValueSource> = {};
    for (const p of obj.properties) {
      if (p.type !== 'Property') continue;
      const key = !p.computed && p.key.type === 'Identifier' ? p.key.name : stringValue(p.key);
      if (key === undefined) continue;
      keys.push(key);
      sources[key] = valueSource(key, p.value, this.ctx.code, this.declarations(p.value, ancestors));
    }
    return { keys, sources };
  }

  /** Initialisers of the locals a value is read from, two steps back (`data.get('x')` ← `new FormData(form)`). */
  private declarations(value: Node, ancestors: readonly Node[]): Node[] {
    const out: Node[] = [];
    let n: Node | undefined = value;
    for (let hop = 0; hop < 2 && n; hop++) {
      let root = unwrap(n);
      while (root.type === 'MemberExpression' || root.type === 'CallExpression') root = unwrap(root.type === 'MemberExpression' ? root.object : root.callee);
      const b = root.type === 'Identifier' ? this.scopes.lookup(root.name, ancestors) : undefined;
      n = b?.kind === 'variable' ? (b.declarator.init ?? undefined) : undefined;
      if (n) out.push(n);
    }
    return out;
  }
}
