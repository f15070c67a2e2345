import type { Node } from 'estree';
import { trackerForPackage } from '../../trackers/catalogue.js';
import type { Tracker, TrackerPackage } from '../../trackers/tracker.js';
import type { DetectionDetails } from '../detection.js';
import { literalValue, propertyValue, stringValue, unwrap } from './estree-helpers.js';
import type { JsScan } from './js-scan.js';

const PLUGIN_LISTS = new Set(['plugins', 'modules', 'buildModules']);

/** A framework plugin or module that installs a tracker on every page it builds. */
export function addConfig(tracker: Tracker, pkg: TrackerPackage, node: Node, options: Node | undefined, scan: JsScan): void {
  const details: DetectionDetails = { package: pkg.name };
  const id = idFrom(options, pkg);
  if (id !== undefined) details.id = id;
  scan.add(tracker, 'config', node, details, 'certain');
}

/**
 * A package name in framework configuration: Gatsby `plugins: [{ resolve: 'gatsby-plugin-…', options }]`
 * or `plugins: ['…']`, Nuxt `modules: ['…']` / `[['…', options]]` with options under its config key.
 */
export function detectConfigLiteral(literal: Node, value: string, ancestors: readonly Node[], scan: JsScan): void {
  const match = trackerForPackage(value);
  if (!match?.pkg.config) return;
  const parent = ancestors[ancestors.length - 1];
  const grand = ancestors[ancestors.length - 2];
  let options: Node | undefined;
  if (parent?.type === 'Property' && keyOf(parent) === 'resolve' && grand) {
    options = propertyValue(grand, 'options');
  } else if (parent?.type === 'ArrayExpression' && grand?.type === 'ArrayExpression' && parent.elements[0] === literal) {
    options = (parent.elements[1] as Node | null) ?? undefined;
    if (!inPluginList(ancestors.slice(0, -1))) return;
  } else if (parent?.type === 'ArrayExpression') {
    if (!inPluginList(ancestors)) return;
  } else return;
  const key = match.pkg.config.optionsKey;
  if (options === undefined && key !== undefined) {
    const root = [...ancestors].reverse().find((a) => a.type === 'ObjectExpression' && propertyValue(a, key) !== undefined);
    options = root ? propertyValue(root, key) : undefined;
  }
  addConfig(match.tracker, match.pkg, literal, options, scan);
}

function inPluginList(ancestors: readonly Node[]): boolean {
  const holder = ancestors[ancestors.length - 2];
  return holder?.type === 'Property' && PLUGIN_LISTS.has(keyOf(holder) ?? '');
}

function keyOf(p: Node): string | undefined {
  if (p.type !== 'Property') return undefined;
  return !p.computed && p.key.type === 'Identifier' ? p.key.name : stringValue(p.key);
}

function idFrom(options: Node | undefined, pkg: TrackerPackage): string | undefined {
  if (!options || unwrap(options).type !== 'ObjectExpression') return undefined;
  for (const k of pkg.config?.idOptions ?? ['id', 'pixelId']) {
    const v = literalValue(propertyValue(options, k));
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.join(',');
  }
  return undefined;
}
