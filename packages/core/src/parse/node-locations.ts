import type { Node, Position, SourceLocation } from 'estree';
import { LineIndex } from '../source/line-index.js';

interface Origin {
  code: string;
  startLine: number;
  startColumn: number;
  lines?: LineIndex;
}

const origins = new WeakMap<object, Origin>();

/**
 * Where the nodes of one ESTree program sit in its source, as ESTree `loc` (1-based line, 0-based
 * column). Babel and ESLint trees carry `loc` on every node; oxc trees carry only offsets, which
 * are converted here with the same embedding offset Babel applies, so detectors read every tree
 * through this one lookup and report the same positions.
 */
export class NodeLocations {
  /** Records that `program` carries offsets into `code` rather than `loc`. */
  static register(program: object, code: string, startLine: number, startColumn: number): void {
    origins.set(program, { code, startLine, startColumn });
  }

  static of(program: object): NodeLocations {
    return new NodeLocations(origins.get(program));
  }

  private constructor(private readonly origin: Origin | undefined) {}

  at(node: Node): SourceLocation | undefined {
    if (node.loc) return node.loc;
    const o = this.origin;
    const n = node as Node & { start?: number; end?: number };
    if (!o || typeof n.start !== 'number' || typeof n.end !== 'number') return undefined;
    o.lines ??= new LineIndex(o.code);
    return { start: this.position(o, o.lines, n.start), end: this.position(o, o.lines, n.end) };
  }

  private position(o: Origin, lines: LineIndex, offset: number): Position {
    const p = lines.position(offset);
    return { line: p.line + o.startLine - 1, column: p.column - 1 + (p.line === 1 ? o.startColumn : 0) };
  }
}
