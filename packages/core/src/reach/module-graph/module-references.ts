import { init, parse as lex } from 'es-module-lexer';
import type { Node, Program } from 'estree';
import type { Reference } from '../../detectors/front-end.js';
import { walk } from '../../detectors/js/walk.js';
import { parseJs, type JsDialect } from '../../parse/js.js';
import { ROUTE_TABLE_HINT, routeTableReferences } from '../../routes/route-table/route-table-references.js';
import type { LineIndex } from '../../source/line-index.js';
import { importBindings } from './import-bindings.js';
import { unrenderedComponent } from './unrendered-component.js';

await init();

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

interface RawImport {
  specifier: string;
  /** Offsets of the whole statement or expression in the file. */
  start: number;
  end: number;
  /** Local names for `import … from`; absent for side-effect imports, re-exports and dynamic imports. */
  bindings?: string[];
}

/**
 * Every module a piece of code imports: static and dynamic `import`, `require`, re-exports.
 * Runs on every script, so it lexes (es-module-lexer) and only parses what the lexer cannot
 * read (JSX text with quotes, CommonJS). Type-only imports are erased by compilers and skipped.
 */
export function moduleReferences(span: ScriptSpan): Reference[] {
  const code = span.lines.text.slice(span.start, span.end);
  const program = span.program ?? (ROUTE_TABLE_HINT.test(code) ? parseSpan(code, span) : undefined);
  const raw = program ? fromProgram(program, span.start) : (fromLexer(code, span.start) ?? fromProgram(parseSpan(code, span), span.start));
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

function fromLexer(code: string, base: number): RawImport[] | undefined {
  if (/\brequire\s*\(/.test(code)) return undefined;
  let imports;
  try {
    [imports] = lex(code);
  } catch {
    return undefined;
  }
  const out: RawImport[] = [];
  for (const i of imports) {
    if (i.specifier === undefined || i.start < 0) continue;
    const at = { start: base + i.importStart, end: base + i.importEnd };
    if (i.type === 'dynamic') {
      if (!i.glob) out.push({ specifier: i.specifier, ...at });
    } else if (i.type === 'reexport-star') out.push({ specifier: i.specifier, ...at });
    else if (i.type === 'static' && !i.typeOnly && i.phase !== 'source') {
      const statement = code.slice(i.importStart, i.importEnd);
      const sideEffect = /^export\b/.test(statement) || /^import\s*['"]/.test(statement);
      out.push(sideEffect ? { specifier: i.specifier, ...at } : { specifier: i.specifier, ...at, bindings: importBindings(statement) });
    }
  }
  return out;
}

function parseSpan(code: string, span: ScriptSpan): Program | null {
  const at = span.lines.position(span.start);
  return parseJs(code, { dialect: span.dialect, startLine: at.line, startColumn: at.column - 1 }).program;
}

type Any = Node & Record<string, unknown>;

function literal(node: unknown): string | undefined {
  const n = node as Any | undefined;
  if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n?.type === 'TemplateLiteral' && (n.expressions as unknown[]).length === 0) {
    return (n.quasis as Array<{ value: { cooked?: string } }>)[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

function fromProgram(program: Program | null, base: number): RawImport[] {
  if (!program) return [];
  const out: RawImport[] = [];
  const add = (node: Any, source: unknown, bindings?: string[]) => {
    const specifier = literal(source);
    if (specifier === undefined) return;
    const start = base + (node.start as number);
    const end = base + (node.end as number);
    out.push(bindings ? { specifier, start, end, bindings } : { specifier, start, end });
  };
  walk(program, (node) => {
    const n = node as Any;
    switch (n.type as string) {
      case 'ImportDeclaration': {
        if (n.importKind === 'type' || (n as { phase?: string }).phase === 'source') return;
        const specs = (n.specifiers as Any[]).filter((s) => s.importKind !== 'type');
        if (specs.length === 0 && (n.specifiers as unknown[]).length > 0) return;
        add(n, n.source, specs.length === 0 ? undefined : specs.map((s) => (s.local as { name: string }).name));
        return;
      }
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (n.source && n.exportKind !== 'type') add(n, n.source);
        return;
      case 'ImportExpression':
        add(n, n.source);
        return;
      case 'TSImportEqualsDeclaration':
        if (((n.moduleReference as Any).type as string) === 'TSExternalModuleReference') add(n, (n.moduleReference as Any).expression);
        return;
      case 'CallExpression': {
        const callee = n.callee as Any;
        if (callee.type === 'Identifier' && callee.name === 'require') add(n, (n.arguments as unknown[])[0]);
        return;
      }
    }
  });
  return out;
}
