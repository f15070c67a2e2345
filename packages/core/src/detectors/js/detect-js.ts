import type { CallExpression, Node, Program } from 'estree';
import { matchTrackerUrl, trackerForGlobal } from '../../trackers/catalogue.js';
import type { Tracker } from '../../trackers/tracker.js';
import type { Detection, DetectionDetails, DetectionKind } from '../detection.js';
import { globalReference, objectKeys, propertyName, stringValue, unwrap } from './estree-helpers.js';
import { walk } from './walk.js';

interface Located {
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } } | null;
  start?: number;
  end?: number;
}

export interface JsDetectContext {
  file: string;
  /** The text the program was parsed from, for evidence excerpts. */
  code: string;
}

/** Finds tracker loads, inits and events in an ESTree program. */
export function detectInProgram(program: Program, ctx: JsDetectContext): Detection[] {
  const found: Detection[] = [];
  walk(program, (node) => {
    if (node.type === 'CallExpression') {
      const d = detectCall(node, ctx);
      if (d) found.push(d);
    } else if (node.type === 'Literal' || node.type === 'TemplateLiteral') {
      const s = stringValue(node);
      if (s === undefined) return;
      const m = matchTrackerUrl(s);
      if (m) found.push(make(m.tracker, m.kind, node, ctx, { url: m.target }, 'certain'));
    }
  });
  return found;
}

function detectCall(call: CallExpression, ctx: JsDetectContext): Detection | undefined {
  const callee = unwrap(call.callee);
  const direct = globalReference(callee);
  const directTracker = direct === undefined ? undefined : trackerForGlobal(direct);
  if (directTracker) {
    const command = stringValue(call.arguments[0]);
    return commandDetection(directTracker, command, call.arguments.slice(1), call, ctx);
  }
  if (callee.type === 'MemberExpression') {
    const owner = globalReference(callee.object);
    const ownerTracker = owner === undefined ? undefined : trackerForGlobal(owner);
    const method = propertyName(callee);
    if (ownerTracker && method !== undefined) {
      if (method === 'push') {
        const command = stringValue(call.arguments[0]);
        return commandDetection(ownerTracker, command, call.arguments.slice(1), call, ctx);
      }
      return commandDetection(ownerTracker, method, call.arguments, call, ctx);
    }
  }
  return undefined;
}

function commandDetection(
  tracker: Tracker,
  command: string | undefined,
  rest: Node[],
  node: Node,
  ctx: JsDetectContext,
): Detection {
  const kind: DetectionKind = (command !== undefined ? tracker.commands[command] : undefined) ?? 'event';
  const details: DetectionDetails = {};
  if (command !== undefined) details.command = command;
  if (kind === 'init') {
    const id = stringValue(rest[0]);
    if (id !== undefined) details.id = id;
    const keys = objectKeys(rest[1]);
    if (keys) details.keys = keys;
  } else if (kind === 'event') {
    const event = stringValue(rest[0]);
    if (event !== undefined) details.event = event;
    const keys = objectKeys(rest[1]);
    if (keys) details.keys = keys;
  }
  return make(tracker, kind, node, ctx, details, command === undefined ? 'likely' : 'certain');
}

function make(
  tracker: Tracker,
  kind: DetectionKind,
  node: Node,
  ctx: JsDetectContext,
  details: DetectionDetails,
  certainty: Detection['certainty'],
): Detection {
  const n = node as Located;
  const start = n.loc?.start ?? { line: 1, column: 0 };
  const end = n.loc?.end ?? start;
  return {
    tracker: tracker.id,
    kind,
    file: ctx.file,
    loc: { line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 },
    certainty,
    evidence: excerpt(ctx.code, n.start, n.end),
    details,
  };
}

function excerpt(code: string, start: number | undefined, end: number | undefined): string {
  if (start === undefined || end === undefined) return '';
  const s = code.slice(start, end).replace(/\s+/g, ' ');
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}
