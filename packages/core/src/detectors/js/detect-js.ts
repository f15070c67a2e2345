import type { Node, Program } from 'estree';
import type { LineIndex } from '../../source/line-index.js';
import type { Detection } from '../detection.js';
import { detectInHtml } from '../html/detect-html.js';
import { detectCall } from './detect-calls.js';
import { detectConfigLiteral } from './detect-config.js';
import { detectAssignment, detectStubMember } from './detect-globals.js';
import { detectImport, detectJsxComponent } from './detect-imports.js';
import { detectString } from './detect-strings.js';
import { JsScan, type JsDetectContext } from './js-scan.js';
import { SKIP, walk } from './walk.js';

export type { JsDetectContext } from './js-scan.js';

// Types describe code that exists elsewhere (`interface Window { fbq: … }`, `declare const fbq`).
const TYPE_ONLY = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction', 'TSModuleDeclaration', 'TSImportEqualsDeclaration']);

const htmlInString = (file: string, lines: LineIndex) => detectInHtml(file, lines).detections;

/**
 * Finds tracker loads, inits, events, settings and framework installs in any ESTree `Program`
 * (Babel with `estree`, espree, typescript-eslint). Never throws on odd trees; sorted by position.
 */
export function detectInProgram(program: Program, ctx: JsDetectContext): Detection[] {
  const scan = new JsScan(ctx, program, detectInProgram);
  walk(program, (node: Node, ancestors) => {
    const t = node.type as string;
    if (TYPE_ONLY.has(t) || (node as { declare?: boolean }).declare === true) return SKIP;
    switch (t) {
      case 'CallExpression':
        detectImport(node, ancestors, scan);
        detectCall(node as Node & { type: 'CallExpression' }, ancestors, scan);
        return;
      case 'ImportDeclaration':
      case 'ImportExpression':
        detectImport(node, ancestors, scan);
        return;
      case 'AssignmentExpression':
        detectAssignment(node as Node & { type: 'AssignmentExpression' }, ancestors, scan);
        return;
      case 'MemberExpression':
        detectStubMember(node as Node & { type: 'MemberExpression' }, ancestors, scan);
        return;
      case 'JSXOpeningElement':
        detectJsxComponent(node, ancestors, scan);
        return;
      case 'Literal':
        if (typeof (node as { value?: unknown }).value === 'string') {
          detectConfigLiteral(node, (node as { value: string }).value, ancestors, scan);
          detectString(node, ancestors, scan, htmlInString);
        }
        return;
      case 'TemplateLiteral':
      case 'BinaryExpression':
        detectString(node, ancestors, scan, htmlInString);
        return;
      default:
        return;
    }
  });
  return scan.found.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}
