import type { Node } from 'estree';
import { trackerForPackage } from '../../trackers/catalogue.js';
import { addCommand } from './command-details.js';
import { literalValue, stringValue, unwrap } from './estree-helpers.js';
import type { JsScan } from './js-scan.js';

const ID_ATTRIBUTES = ['gaId', 'gtmId', 'gaMeasurementId', 'pixelId', 'id', 'trackingId'];

/**
 * A tracker package brought into the bundle: `import … from`, `require()` or `import()`. Only
 * value imports count; `import type` and `@types/*` declarations ship nothing.
 */
export function detectImport(node: Node, ancestors: readonly Node[], scan: JsScan): void {
  let source: string | undefined;
  let member: string | undefined;
  if (node.type === 'ImportDeclaration') {
    const n = node as typeof node & { importKind?: string };
    const values = n.specifiers.filter((s) => (s as { importKind?: string }).importKind !== 'type');
    if (n.importKind === 'type' || (n.specifiers.length > 0 && values.length === 0)) return;
    source = stringValue(n.source);
    const named = values.find((s) => s.type === 'ImportSpecifier');
    if (named?.type === 'ImportSpecifier') member = named.imported.type === 'Identifier' ? named.imported.name : String(named.imported.value);
  } else if (node.type === 'ImportExpression') {
    source = stringValue(node.source);
  } else if (node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    if (callee.type !== 'Identifier' || callee.name !== 'require' || scan.scopes.lookup('require', ancestors)) return;
    source = stringValue(node.arguments[0]);
  }
  if (source === undefined) return;
  const match = trackerForPackage(source, member);
  if (!match?.pkg.api) return;
  scan.add(match.tracker, 'load', node, { package: match.pkg.name }, 'likely');
}

/** `<GoogleAnalytics gaId="G-…" />`, `<GoogleTagManager gtmId="GTM-…" />` from a wrapper package. */
export function detectJsxComponent(node: Node, ancestors: readonly Node[], scan: JsScan): void {
  const el = node as unknown as { name: { type: string; name?: string }; attributes: Array<{ type: string; name?: { name?: string }; value?: Node | null }> };
  if (el.name.type !== 'JSXIdentifier' || el.name.name === undefined || !/^[A-Z]/.test(el.name.name)) return;
  const ref = scan.resolver.resolve({ type: 'Identifier', name: el.name.name }, ancestors);
  if (ref?.kind !== 'module' || ref.member === undefined) return;
  const kind = ref.pkg.api?.[ref.member];
  if (!kind) return;
  let id: string | undefined;
  for (const a of el.attributes) {
    if (a.type !== 'JSXAttribute' || !ID_ATTRIBUTES.includes(a.name?.name ?? '') || !a.value) continue;
    const v = a.value.type === 'Literal' ? a.value : ((a.value as { expression?: Node }).expression ?? a.value);
    const lit = literalValue(v);
    if (typeof lit === 'string') id = lit;
  }
  addCommand({ tracker: ref.tracker, command: ref.member, args: id !== undefined ? [{ type: 'Literal', value: id }] : [], node, certainty: 'certain', kind, package: ref.pkg.name }, ancestors, scan);
}
