import { parseJs } from '../../parse/js.js';
import { matchTrackerUrl, trackerForGtmTemplate } from '../../trackers/catalogue.js';
import type { Tracker } from '../../trackers/tracker.js';
import type { Certainty } from '../detection.js';
import { walk } from '../js/walk.js';
import type { GtmRawTemplate } from './gtm-export.js';

export interface TemplateIdentity {
  tracker: Tracker;
  certainty: Certainty;
  /** `gallery stape-io/facebook-tag`, or `template code loads connect.facebook.net/en_US/fbevents.js`. */
  via: string;
}

const SANDBOXED_JS = /___SANDBOXED_JS_FOR_(?:WEB_TEMPLATE|SERVER)___\r?\n([\s\S]*?)(?=\r?\n___[A-Z_]+___|$)/;

/**
 * Which tracker a custom template sends to. The gallery `owner/repository` is the identity GTM
 * itself verifies; failing that, the URLs the sandboxed code injects, pixels or requests
 * (string literals of the parsed code, so commented-out snippets do not count). Template and
 * brand names are user-editable and never trusted on their own.
 */
export function templateTracker(t: GtmRawTemplate): TemplateIdentity | undefined {
  if (!cache.has(t)) cache.set(t, identify(t));
  return cache.get(t);
}

const cache = new WeakMap<GtmRawTemplate, TemplateIdentity | undefined>();

function identify(t: GtmRawTemplate): TemplateIdentity | undefined {
  const g = t.galleryReference;
  if (g?.owner && g.repository) {
    const tracker = trackerForGtmTemplate(`${g.owner}/${g.repository}`);
    if (tracker) return { tracker, certainty: 'certain', via: `gallery ${g.owner}/${g.repository}` };
  }
  const code = typeof t.templateData === 'string' ? SANDBOXED_JS.exec(t.templateData)?.[1] : undefined;
  if (!code) return undefined;
  const parsed = parseJs(code, { dialect: 'js' });
  if (!parsed.program) return undefined;
  let found: TemplateIdentity | undefined;
  walk(parsed.program, (node) => {
    if (found || node.type !== 'Literal' || typeof node.value !== 'string') return;
    const m = matchTrackerUrl(node.value);
    if (m) found = { tracker: m.tracker, certainty: 'likely', via: `template code ${m.kind === 'load' ? 'loads' : 'sends to'} ${m.target}` };
  });
  return found;
}
