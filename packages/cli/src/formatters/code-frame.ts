import type { Finding } from '@pixel-patrol/core';

export interface FrameLine {
  number: number;
  text: string;
  marked: boolean;
}

const CONTEXT = 2;
const MAX_LINES = 12;
const WIDTH = 160;

/** A window of one long line (minified bundles have megabyte lines) around a column. */
function clip(line: string, column: number | undefined): string {
  if (line.length <= WIDTH) return line;
  const start = column === undefined ? 0 : Math.max(0, column - 1 - 60);
  const end = Math.min(line.length, start + WIDTH);
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

/** The finding's lines with a little context, for a reader to see the evidence in place. */
export function codeFrame(text: string, f: Finding): FrameLine[] {
  const lines = text.split(/\r\n|\r|\n/);
  const first = Math.max(1, f.line - CONTEXT);
  const last = Math.min(lines.length, f.endLine + CONTEXT, first + MAX_LINES - 1);
  const out: FrameLine[] = [];
  for (let n = first; n <= last; n++) {
    const marked = n >= f.line && n <= f.endLine;
    out.push({ number: n, text: clip(lines[n - 1] ?? '', n === f.line ? f.column : undefined), marked });
  }
  return out;
}
