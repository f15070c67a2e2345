import type { CallExpression, Node } from 'estree';
import { trackerForGlobal } from '../../trackers/catalogue.js';
import { addCommand } from './command-details.js';
import { addConfig } from './detect-config.js';
import { propertyName, stringValue, unwrap } from './estree-helpers.js';
import type { JsScan } from './js-scan.js';

/** Calls of a tracker global, its queue, a wrapper package's API, or a framework plugin install. */
export function detectCall(call: CallExpression, ancestors: readonly Node[], scan: JsScan): void {
  const callee = unwrap(call.callee);
  const args = call.arguments as Node[];
  const ref = scan.resolver.resolve(callee, ancestors);
  if (ref?.kind === 'global') {
    addCommand({ tracker: ref.tracker, command: stringValue(args[0]), args: args.slice(1), node: call, certainty: 'certain' }, ancestors, scan);
    return;
  }
  if (ref?.kind === 'module' && ref.member !== undefined) {
    const { tracker, pkg, member } = ref;
    if (tracker.globals.includes(member)) {
      addCommand({ tracker, command: stringValue(args[0]), args: args.slice(1), node: call, certainty: 'certain', package: pkg.name }, ancestors, scan);
    } else if (member === 'forRoot' || (pkg.api?.[member] === undefined && pkg.config)) {
      addConfig(tracker, pkg, call, args[0], scan);
    } else if (pkg.api?.[member] !== undefined) {
      addCommand({ tracker, command: member, args, node: call, certainty: 'certain', kind: pkg.api[member], package: pkg.name }, ancestors, scan);
    }
    return;
  }
  if (callee.type !== 'MemberExpression') return;
  const method = propertyName(callee);
  if (method === undefined) return;
  const owner = scan.resolver.resolve(callee.object, ancestors);
  if (owner?.kind === 'global') {
    if (owner.tracker.stub?.includes(method)) return;
    if (method === 'push') pushCommand(call, args, owner.tracker, ancestors, scan);
    else addCommand({ tracker: owner.tracker, command: method, args, node: call, certainty: 'certain' }, ancestors, scan);
    return;
  }
  if (method === 'use' && args[0]) {
    // `Vue.use(VueFacebookPixel, options)`, `app.use(createGtm({ id }))`
    const plugin = scan.resolver.resolve(args[0], ancestors);
    if (plugin?.kind === 'module') addConfig(plugin.tracker, plugin.pkg, call, args[1], scan);
    return;
  }
  viaProperty(call, callee, method, args, ancestors, scan);
}

/** `uetq.push('event', …)`, `_gaq.push(['_setAccount', …])`, `dataLayer.push({ event: … })`. */
function pushCommand(call: CallExpression, args: Node[], tracker: NonNullable<ReturnType<typeof trackerForGlobal>>, ancestors: readonly Node[], scan: JsScan): void {
  const first = args[0] ? (unwrap(args[0])) : undefined;
  if (!first || (first.type === 'Identifier' && first.name === 'arguments')) return; // the gtag/queue shim itself
  if (first.type === 'ArrayExpression') {
    const items = first.elements.filter((e): e is NonNullable<typeof e> & Node => e !== null && e.type !== 'SpreadElement');
    addCommand({ tracker, command: stringValue(items[0]), args: items.slice(1), node: call, certainty: 'certain' }, ancestors, scan);
  } else if (first.type === 'ObjectExpression') {
    const event = first.properties.find((p) => p.type === 'Property' && propertyKey(p.key) === 'event');
    const name = event?.type === 'Property' ? (event.value as Node) : undefined;
    addCommand({ tracker, command: undefined, args: name ? [name, first] : [first], node: call, certainty: 'certain', kind: 'event' }, ancestors, scan);
  } else {
    addCommand({ tracker, command: stringValue(first), args: args.slice(1), node: call, certainty: 'certain' }, ancestors, scan);
  }
}

/**
 * A tracker reached through an object the code passes around: `props.adsLib.fbq('track', …)`,
 * `this.$analytics.fbq.event(…)`. The receiver is unknown, so these are only `likely`.
 */
function viaProperty(call: CallExpression, callee: Node & { type: 'MemberExpression' }, method: string, args: Node[], ancestors: readonly Node[], scan: JsScan): void {
  const direct = trackerForGlobal(method);
  const command = stringValue(args[0]);
  if (direct && command !== undefined && command in direct.commands) {
    addCommand({ tracker: direct, command, args: args.slice(1), node: call, certainty: 'likely' }, ancestors, scan);
    return;
  }
  const obj = unwrap(callee.object);
  const holder = obj.type === 'MemberExpression' ? propertyName(obj) : undefined;
  const tracker = holder === undefined ? undefined : trackerForGlobal(holder);
  const kind = tracker?.packages.map((p) => p.api?.[method]).find((k) => k !== undefined);
  if (tracker && kind) addCommand({ tracker, command: method, args, node: call, certainty: 'likely', kind }, ancestors, scan);
}

function propertyKey(key: Node): string | undefined {
  return key.type === 'Identifier' ? key.name : stringValue(key);
}
