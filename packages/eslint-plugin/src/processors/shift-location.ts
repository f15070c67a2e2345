/** A 1-based span, as in findings and detections. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Moves a span between the coordinates of a block that starts at `origin` in its page and the
 * page's own (`direction` 1: block → page, -1: page → block). Only the block's first line is
 * shifted sideways; later lines start at column 1 in both.
 */
export function shiftLocation(span: Span, origin: { line: number; column: number }, direction: 1 | -1): Span {
  const move = (line: number, column: number) => {
    const first = direction === 1 ? line === 1 : line === origin.line;
    return { line: line + direction * (origin.line - 1), column: first ? column + direction * (origin.column - 1) : column };
  };
  const start = move(span.line, span.column);
  const end = move(span.endLine, span.endColumn);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
