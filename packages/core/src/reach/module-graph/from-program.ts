import type { Node, Program } from 'estree';
import { walk } from '../../detectors/js/walk.js';
import type { RawImport } from './raw-import.js';

type Any = Node & Record<string, unknown>;

function literal(node: unknown): string | undefined {
  const n = node as Any | undefined;
  if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n?.type === 'TemplateLiteral' && (n.expressions as unknown[]).length === 0) {
    return (n.quasis as Array<{ value: { cooked?: string } }>)[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * The imports of a parsed program: the exact reading that every faster path is checked against.
 * Type-only imports are erased by compilers and skipped; `base` shifts offsets into the file.
 */
export function fromProgram(program: Program | null, base: number): RawImport[] {
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
