import thirdPartyWeb from 'third-party-web/nostats-subset.js';
import type { Tracker } from './tracker.js';
import { thirdPartyAdvertising } from './third-party-advertising.js';
import { thirdPartyAnalytics } from './third-party-analytics.js';
import { thirdPartySocial } from './third-party-social.js';
import { thirdPartyTagManager } from './third-party-tag-manager.js';

interface Entity {
  name: string;
  category: string;
}

// `marketing` entities (HubSpot, Albacross, Drift) profile visitors for campaigns, so they count
// as advertising. CDNs, hosting, video, consent and chat widgets are not trackers here.
const BY_CATEGORY: Record<string, Tracker> = {
  ad: thirdPartyAdvertising,
  marketing: thirdPartyAdvertising,
  social: thirdPartySocial,
  analytics: thirdPartyAnalytics,
  'tag-manager': thirdPartyTagManager,
};

const getEntity = thirdPartyWeb.getEntity as (url: string) => Entity | undefined;

export interface ThirdPartyMatch {
  tracker: Tracker;
  /** third-party-web's entity name (`Criteo`, `Yandex Metrica`). */
  entity: string;
  category: string;
}

/**
 * Classifies a script URL the tracker catalogue does not know, with the third-party-web
 * entity list (data only).
 */
export function classifyThirdParty(url: string): ThirdPartyMatch | undefined {
  if (!/^(?:https?:)?\/\/[^/\s]+\.[^/\s]+/i.test(url.trim())) return undefined;
  const absolute = url.trim().startsWith('//') ? `https:${url.trim()}` : url.trim();
  const entity = getEntity(absolute);
  const tracker = entity ? BY_CATEGORY[entity.category] : undefined;
  return entity && tracker ? { tracker, entity: entity.name, category: entity.category } : undefined;
}
