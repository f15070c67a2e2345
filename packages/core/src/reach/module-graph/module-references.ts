import type { Program } from 'estree';
import type { Reference } from '../../detectors/front-end.js';
import { parseJs, type JsDialect } from '../../parse/js.js';
import { ROUTE_TABLE_HINT, routeTableReferences } from '../../routes/route-table/route-table-references.js';
import type { LineIndex } from '../../source/line-index.js';
import { fromProgram } from './from-program.js';
import { mayImport } from './import-scanner/may-import.js';
import { scanImports } from './import-scanner/scan-imports.js';
import type { RawImport } from './raw-import.js';
import { unrenderedComponent } from './unrendered-component.js';

/** JS code inside a file: the whole file, or a `<script>` block or frontmatter of a component. */
export interface ScriptSpan {
  lines: LineIndex;
  /** Offsets of the code in `lines.text`. */
  start: number;
  end: number;
  dialect: JsDialect;
  /** The code's tree when the caller already parsed it (positions relative to the file). */
  program?: Program | null;
}

/**
 * Every module a piece of code imports: static and dynamic `import`, `require`, re-exports.
 * Runs on every script, so it scans tokens (`scanImports`) and only parses what the scanner
 * cannot read with certainty. Type-only imports are erased by compilers and skipped.
 */
export function moduleReferences(span: ScriptSpan): Reference[] {
  const code = span.lines.text.slice(span.start, span.end);
  const program = span.program ?? (ROUTE_TABLE_HINT.test(code) ? parseSpan(code, span) : undefined);
  const raw = program ? fromProgram(program, span.start) : !mayImport(code) ? [] : (scanImports(code, span.dialect, span.start) ?? fromProgram(parseSpan(code, span), span.start));
  if (raw.length === 0) return [];
  let rest = span.lines.text;
  for (const r of raw) if (r.bindings) rest = rest.slice(0, r.start) + ' '.repeat(r.end - r.start) + rest.slice(r.end);
  const table = program && ROUTE_TABLE_HINT.test(code) ? routeTableReferences(program) : undefined;
  const mounted = (r: RawImport) => table !== undefined && (r.bindings ? r.bindings.every((b) => table.mounted.has(b)) : table.specifiers.has(r.specifier));
  const plain: Reference[] = raw
    .filter((r) => !(r.bindings && unrenderedComponent(r.bindings, rest)) && !mounted(r))
    .map((r) => ({ kind: 'imports', specifier: r.specifier, ...span.lines.position(r.start) }));
  return table ? [...plain, ...table.references] : plain;
}

function parseSpan(code: string, span: ScriptSpan): Program | null {
  const at = span.lines.position(span.start);
  return parseJs(code, { dialect: span.dialect, startLine: at.line, startColumn: at.column - 1 }).program;
}
