import { LineIndex } from '../source/line-index.js';
import type { Detection } from './detection.js';
import { tokenScan } from './token-scan.js';

/**
 * Token-scans code embedded in another file (an inline script that would not parse) and moves
 * each position to where the code starts in that file: `line` is 1-based, `column` 0-based.
 */
export function tokenScanAt(file: string, code: string, line: number, column: number): Detection[] {
  return tokenScan(file, new LineIndex(code)).map((d) => ({
    ...d,
    loc: {
      line: d.loc.line + line - 1,
      column: d.loc.line === 1 ? d.loc.column + column : d.loc.column,
      endLine: d.loc.endLine + line - 1,
      endColumn: d.loc.endLine === 1 ? d.loc.endColumn + column : d.loc.endColumn,
    },
  }));
}
