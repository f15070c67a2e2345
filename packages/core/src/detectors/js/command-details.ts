import type { Node } from 'estree';
import { trackerForId } from '../../trackers/catalogue.js';
import type { Tracker } from '../../trackers/tracker.js';
import type { Certainty, DetectionDetails, DetectionKind } from '../detection.js';
import { literalValue, propertyValue, stringValue, unwrap } from './estree-helpers.js';
import type { JsScan } from './js-scan.js';

/** Commands that name the pixel before the event (`fbq('trackSingle', id, 'Lead', …)`). */
const SINGLE = new Set(['trackSingle', 'trackSingleCustom']);
const CUSTOM = new Set(['trackCustom', 'trackSingleCustom']);
const ID_KEYS = ['id', 'pixelId', 'orgId', 'gtmId', 'siteId', 'projectId', 'trackingId', 'measurementId'];
const PAGE_VIEW = new Set(['pageView', 'pageview', 'page']);

export interface CommandCall {
  tracker: Tracker;
  /** `init`, `track`, a method name, or `undefined` when not a literal. */
  command: string | undefined;
  /** The arguments after the command. */
  args: readonly Node[];
  node: Node;
  certainty: Certainty;
  /** The activity, when a wrapper's API says it rather than the tracker's command table. */
  kind?: DetectionKind;
  package?: string;
}

/** Turns one tracker command (global call, queue push, wrapper method) into a detection. */
export function addCommand(c: CommandCall, ancestors: readonly Node[], scan: JsScan): void {
  let tracker = c.tracker;
  const kind: DetectionKind = c.kind ?? (c.command !== undefined ? tracker.commands[c.command] : undefined) ?? 'event';
  const certainty: Certainty = c.kind === undefined && (c.command === undefined || !(c.command in tracker.commands)) ? 'likely' : c.certainty;
  const details: DetectionDetails = {};
  if (c.command !== undefined) details.command = c.command;
  if (c.package !== undefined) details.package = c.package;
  const [a0, a1, a2] = c.args;
  if (kind === 'init' || kind === 'load') {
    // `init('123', userData, options)`, or one options object (`FullStory.init({ orgId })`).
    const optionsFirst = a0 !== undefined && unwrap(a0).type === 'ObjectExpression';
    const id = optionsFirst ? ID_KEYS.map((k) => idOf(propertyValue(a0, k))).find((v) => v !== undefined) : idOf(a0);
    if (id !== undefined) details.id = id;
    if (!optionsFirst) Object.assign(details, scan.payload(a1, ancestors));
    const settings = literalProps(optionsFirst ? a0 : a2);
    if (settings) details.settings = settings;
  } else if (kind === 'event') {
    const single = c.command !== undefined && SINGLE.has(c.command);
    if (single && idOf(a0) !== undefined) details.id = idOf(a0);
    const nameArg = single ? a1 : a0;
    const event = stringValue(nameArg) ?? (c.command !== undefined && PAGE_VIEW.has(c.command) ? 'PageView' : undefined);
    if (event !== undefined) {
      details.event = event;
      if (tracker.standardEvents) details.standard = !(c.command !== undefined && CUSTOM.has(c.command)) && tracker.standardEvents.includes(event);
    }
    const params = single ? a2 : nameArg && unwrap(nameArg).type === 'ObjectExpression' ? nameArg : a1;
    Object.assign(details, scan.payload(params, ancestors));
    const sendTo = stringValue(propertyValue(params, 'send_to'));
    if (sendTo !== undefined) details.id = sendTo;
  } else {
    const setting = stringValue(a0);
    const object = c.args.find((a) => unwrap(a).type === 'ObjectExpression');
    if (kind === 'consent') {
      if (setting !== undefined) details.value = setting;
    } else if (setting !== undefined && c.command !== 'identify') {
      details.setting = setting;
      const value = literalValue(a1);
      if (value !== undefined) details.value = value;
      const id = idOf(a2);
      if (id !== undefined) details.id = id;
    } else if (c.command !== undefined && c.args.length > 0 && !object) {
      details.setting = c.command;
      const value = literalValue(a0);
      if (value !== undefined) details.value = value;
    }
    Object.assign(details, scan.payload(object, ancestors));
  }
  // `gtag` serves Analytics and Ads alike; the id's shape says which product this call feeds.
  const owner = typeof details.id === 'string' ? trackerForId(details.id) : undefined;
  if (owner && owner.vendor === tracker.vendor) tracker = owner;
  scan.add(tracker, kind, c.node, details, certainty);
}

function idOf(node: Node | undefined): string | undefined {
  const v = literalValue(node);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

function literalProps(node: Node | undefined): DetectionDetails['settings'] | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'ObjectExpression') return undefined;
  const out: NonNullable<DetectionDetails['settings']> = {};
  for (const p of n.properties) {
    if (p.type !== 'Property' || p.computed || p.key.type !== 'Identifier') continue;
    const v = literalValue(p.value);
    if (v !== undefined) out[p.key.name] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
