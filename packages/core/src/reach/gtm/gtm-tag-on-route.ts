import type { Certainty, Detection } from '../../detectors/detection.js';
import { patternsIntersect } from '../../sensitivity/route-pattern.js';
import type { SensitiveReason } from '../../sensitivity/sensitivity.js';
import { isGtmTagFiring } from './gtm-firing.js';
import { tagVerdict } from './tag-verdict.js';

export interface GtmTagOnRoute {
  /** `false`: the tag provably never fires on this route, so the route is dropped. */
  fires: boolean;
  certainty: Certainty;
  /** `GTM tag "Meta Pixel" (container GTM-ABC) fires on /report/ via trigger "All Pages" (…)`. */
  note: string;
  /** The sensitive reason of the URL it fires on (a site-wide route meets several). */
  reason: SensitiveReason | undefined;
}

const RANK: Record<Certainty, number> = { possible: 1, likely: 2, certain: 3 };

/**
 * The hook that lets rules narrow a detection's reach by its GTM tag's firing conditions.
 * `undefined` for detections that do not come from a GTM tag. A container that no page is
 * known to load has the unknown reach `/**`; the note then says the site-wide assumption.
 */
export function gtmTagOnRoute(d: Detection, route: string, sensitive: readonly SensitiveReason[], unknownReach: boolean): GtmTagOnRoute | undefined {
  const f = d.details.gtm;
  if (!isGtmTagFiring(f)) return undefined;
  const v = tagVerdict(f, route, sensitive);
  const certainty = RANK[v.certainty] < RANK[d.certainty] ? v.certainty : d.certainty;
  const where = v.fires === 'yes' ? `fires on ${v.url ?? route}` : `may fire on ${v.url ?? route}`;
  const parts = [`GTM tag "${f.tag}" (container ${f.container}) ${where} via trigger "${v.trigger ?? '?'}" (${v.how ?? ''})`];
  if (v.note && v.fires !== 'no') parts.push(v.note);
  if (typeof d.details.forwardsTo === 'string') parts.push(`it forwards events to the server container at ${d.details.forwardsTo}, where more vendors may receive them`);
  if (f.consent !== 'absent') parts.push(`consent setting ${f.consent}, not treated as a safeguard`);
  if (f.schedule) parts.push(`scheduled ${f.schedule}`);
  if (unknownReach) parts.push(`no page is known to load container ${f.container}, so it is assumed to load site-wide`);
  const path = (v.url ?? route).replace(/…$/, '');
  const reason = sensitive.find((r) => r.source !== 'content' && patternsIntersect(r.match, path)) ?? sensitive[0];
  return { fires: v.fires !== 'no', certainty, note: parts.join('; '), reason };
}
