import { parseJs, type ParseProblem } from '../../parse/js.js';
import { LineIndex } from '../../source/line-index.js';
import type { Detection } from '../detection.js';
import { detectInProgram } from '../js/detect-js.js';
import { tokenScan } from '../token-scan.js';

/**
 * Runs JS embedded in an HTML or template file through the JS detectors, positioned in that
 * file. Code that does not parse (template tags inside a script) is token-scanned instead, with
 * JS comments blanked first so a commented-out call is not reported.
 */
export function scanInlineJs(
  code: string,
  at: { file: string; lines: LineIndex; offset: number },
): { detections: Detection[]; problems: ParseProblem[]; failed?: ParseProblem } {
  const start = at.lines.position(at.offset);
  const parsed = parseJs(code, { dialect: 'js', startLine: start.line, startColumn: start.column - 1 });
  if (parsed.program) return { detections: detectInProgram(parsed.program, { file: at.file, code }), problems: parsed.errors };
  const text = at.lines.text;
  const body = code.replace(/\/\*[\s\S]*?\*\/|(?<![:'"\\])\/\/[^\n\r]*/g, (c) => c.replace(/[^\r\n]/g, ' '));
  const only = text.slice(0, at.offset).replace(/[^\r\n]/g, ' ') + body + text.slice(at.offset + code.length).replace(/[^\r\n]/g, ' ');
  const failed = parsed.errors[0] ?? { message: 'script could not be parsed', line: start.line, column: start.column };
  return { detections: tokenScan(at.file, new LineIndex(only)), problems: parsed.errors, failed };
}
