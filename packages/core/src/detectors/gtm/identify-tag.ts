import { matchTrackerUrl, trackerById, trackerForGtmTagType } from '../../trackers/catalogue.js';
import type { Tracker } from '../../trackers/tracker.js';
import type { Certainty, DetectionDetails, DetectionKind } from '../detection.js';
import { GtmContainer } from './gtm-container.js';
import type { GtmParameter, GtmRawTag } from './gtm-export.js';
import { templateTracker } from './template-tracker.js';

export interface TagIdentity {
  tracker: Tracker;
  kind: DetectionKind;
  certainty: Certainty;
  evidence: string;
  details: DetectionDetails;
}

const EVENT_TYPES = new Set(['gaawe', 'awct', 'awud', 'awcc', 'flc', 'fls', 'sgtmgaaw', 'sgtmadsct']);
const ID_KEYS = ['tagId', 'measurementIdOverride', 'measurementId', 'trackingId', 'conversionId', 'partnerId', 'pixelId', 'pixelIds', 'pixel_code', 'projectId', 'tagID', 'ti'];
const EVENT_KEYS = ['eventName', 'eventNameStandard', 'standardEventName', 'event', 'eventNameCustom', 'customEventName'];
/** Stape's Data Tag ships browser events to a first-party server container (GTM-FORMAT §7). */
const DATA_TAG = 'stape-io/data-tag';

/**
 * The tracker a non-HTML tag sends to: Custom Image URLs, built-in type codes, and community
 * templates (gallery reference, then template code). A template type that resolves to nothing
 * falls back to well-known parameter keys with `possible` certainty.
 */
export function identifyTag(c: GtmContainer, tag: GtmRawTag): TagIdentity | undefined {
  const type = String(tag.type ?? '');
  const p = (key: string) => GtmContainer.param(tag.parameter, key);
  const details: DetectionDetails = {};
  const id = ID_KEYS.map((k) => p(k)?.value).find((v) => v !== undefined);
  if (id !== undefined) {
    const literal = c.literal(id);
    if (literal !== undefined && literal !== '') details.id = literal;
    if (literal !== id) details.idVariable = id;
  }
  const event = EVENT_KEYS.map((k) => p(k)?.value).find((v) => v !== undefined && v !== 'standard' && v !== 'custom' && v !== 'inherit' && v !== 'override');
  if (event !== undefined) details.event = event;
  const forwardsTo = serverContainer(tag.parameter);
  if (forwardsTo !== undefined) details.forwardsTo = c.literal(forwardsTo) ?? forwardsTo;
  if (type === 'img') {
    const url = p('url')?.value ?? '';
    const m = matchTrackerUrl(c.literal(url) ?? url);
    return m ? { tracker: m.tracker, kind: 'beacon', certainty: 'certain', evidence: `Custom Image ${url}`, details: { ...details, url: m.target } } : undefined;
  }
  const builtIn = trackerForGtmTagType(type);
  if (builtIn) {
    const kind: DetectionKind = EVENT_TYPES.has(type) ? 'event' : type.startsWith('gclidw') ? 'config' : 'load';
    return { tracker: builtIn, kind, certainty: 'certain', evidence: `GTM tag type ${type}${details.id ? ` ${String(details.id)}` : ''}`, details };
  }
  if (!type.startsWith('cvt_')) return undefined;
  const server = c.usage.includes('SERVER');
  const template = c.templates.get(type);
  const kind: DetectionKind = server ? 'beacon' : event !== undefined ? 'event' : 'load';
  const g = template?.galleryReference;
  if ((g && `${g.owner}/${g.repository}`.toLowerCase() === DATA_TAG) || p('gtm_server_domain')) {
    const gtm = trackerById('google-tag-manager');
    const to = typeof details.forwardsTo === 'string' ? details.forwardsTo : (p('gtm_server_domain')?.value ?? 'a server container');
    return gtm && { tracker: gtm, kind: 'beacon', certainty: 'certain', evidence: `Data Tag forwards events to server-side GTM at ${to}`, details: { ...details, forwardsTo: to } };
  }
  if (template) {
    const found = templateTracker(template);
    return found && { tracker: found.tracker, kind, certainty: found.certainty, evidence: `template "${String(template.name)}" (${found.via})`, details };
  }
  const keys = new Set((tag.parameter ?? []).map((x) => x.key));
  const guess = keys.has('pixel_code') ? (server ? 'tiktok-events-api' : 'tiktok-pixel') : keys.has('pixelId') || keys.has('pixelIds') ? (keys.has('accessToken') || keys.has('apiAccessToken') || server ? 'meta-conversions-api' : 'meta-pixel') : undefined;
  const tracker = guess === undefined ? undefined : trackerById(guess);
  return tracker && { tracker, kind, certainty: 'possible', evidence: `unresolved template ${type} with parameter keys ${[...keys].join(', ')}`, details: { ...details, unresolvedTemplate: type } };
}

function serverContainer(params: GtmParameter[] | undefined): string | undefined {
  const direct = GtmContainer.param(params, 'serverContainerUrl')?.value ?? GtmContainer.param(params, 'server_container_url')?.value;
  if (direct) return direct;
  for (const row of GtmContainer.param(params, 'configSettingsTable')?.list ?? []) {
    if (GtmContainer.param(row.map, 'parameter')?.value === 'server_container_url') return GtmContainer.param(row.map, 'parameterValue')?.value;
  }
  return undefined;
}
