import type { AssignmentExpression, MemberExpression, Node } from 'estree';
import type { Tracker } from '../../trackers/tracker.js';
import type { DetectionDetails } from '../detection.js';
import { literalValue, propertyName, propertyValue, unwrap } from './estree-helpers.js';
import type { JsScan } from './js-scan.js';

const FUNCTIONS = new Set(['FunctionExpression', 'ArrowFunctionExpression']);

/**
 * Assignments to a tracker global: account settings (`_linkedin_partner_id = '123'`,
 * `_hjSettings = { hjid }`) and hand-written queue stubs (`window.fbq = function () { … arguments … }`).
 * A development stub that only logs (`window.fbq = (...a) => console.debug(a)`) is neither.
 */
export function detectAssignment(node: AssignmentExpression, ancestors: readonly Node[], scan: JsScan): void {
  if (node.operator !== '=' && node.operator !== '||=' && node.operator !== '??=') return;
  const ref = scan.resolver.resolve(node.left, ancestors);
  if (ref?.kind !== 'global') return;
  const { tracker, name } = ref;
  const kind = tracker.commands[name];
  if (kind) {
    const details: DetectionDetails = { command: name };
    const value = unwrap(node.right);
    const literal = literalValue(value);
    const id = typeof literal === 'string' || typeof literal === 'number' ? literal : literalValue(propertyValue(value, 'hjid'));
    if (typeof id === 'string' || typeof id === 'number') details.id = String(id);
    scan.add(tracker, kind, node, details, 'certain');
    return;
  }
  const value = unwrap(node.right);
  const fn = value.type === 'LogicalExpression' ? (unwrap(value.right)) : value;
  const isQueue = FUNCTIONS.has(fn.type) && scan.resolver.isStub(fn);
  const aliasOf = scan.resolver.resolve(fn, ancestors);
  if (isQueue || (aliasOf?.kind === 'global' && aliasOf.tracker === tracker && aliasOf.name !== name)) stub(tracker, name, node, ancestors, scan);
}

/** `window.fbq.callMethod`, `fbq.queue`: members only the vendor's base code touches. */
export function detectStubMember(node: MemberExpression, ancestors: readonly Node[], scan: JsScan): void {
  const member = propertyName(node);
  if (member === undefined) return;
  const ref = scan.resolver.resolve(node.object, ancestors);
  if (ref?.kind !== 'global' || !ref.tracker.stub?.includes(member)) return;
  stub(ref.tracker, member, node, ancestors, scan);
}

function stub(tracker: Tracker, part: string, node: Node, ancestors: readonly Node[], scan: JsScan): void {
  // One base-code snippet touches the stub many times; report it once per top-level statement.
  const statement = ancestors[1] ?? node;
  const at = scan.locations.at(statement)?.start;
  const key = `stub\u0000${tracker.id}\u0000${at?.line ?? 0}:${at?.column ?? 0}`;
  if (scan.seen.has(key)) return;
  scan.seen.add(key);
  scan.add(tracker, 'load', node, { stub: part }, 'likely');
}
