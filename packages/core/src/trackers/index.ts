import { crazyEgg } from './crazy-egg.js';
import { fullstory } from './fullstory.js';
import { googleAds } from './google-ads.js';
import { googleAnalytics } from './google-analytics.js';
import { googleTagManager } from './google-tag-manager.js';
import { hotjar } from './hotjar.js';
import { inspectlet } from './inspectlet.js';
import { linkedinInsight } from './linkedin-insight.js';
import { logrocket } from './logrocket.js';
import { luckyOrange } from './lucky-orange.js';
import { metaConversionsApi } from './meta-conversions-api.js';
import { metaPixel } from './meta-pixel.js';
import { microsoftClarity } from './microsoft-clarity.js';
import { microsoftUet } from './microsoft-uet.js';
import { mouseflow } from './mouseflow.js';
import { pinterestTag } from './pinterest-tag.js';
import { redditPixel } from './reddit-pixel.js';
import { smartlook } from './smartlook.js';
import { snapPixel } from './snap-pixel.js';
import { thirdPartyAdvertising } from './third-party-advertising.js';
import { thirdPartyAnalytics } from './third-party-analytics.js';
import { thirdPartySocial } from './third-party-social.js';
import { thirdPartyTagManager } from './third-party-tag-manager.js';
import { tiktokEventsApi } from './tiktok-events-api.js';
import { tiktokPixel } from './tiktok-pixel.js';
import { xPixel } from './x-pixel.js';
import type { Tracker } from './tracker.js';

export const trackers: readonly Tracker[] = [
  crazyEgg,
  fullstory,
  googleAds,
  googleAnalytics,
  googleTagManager,
  hotjar,
  inspectlet,
  linkedinInsight,
  logrocket,
  luckyOrange,
  metaConversionsApi,
  metaPixel,
  microsoftClarity,
  microsoftUet,
  mouseflow,
  pinterestTag,
  redditPixel,
  smartlook,
  snapPixel,
  thirdPartyAdvertising,
  thirdPartyAnalytics,
  thirdPartySocial,
  thirdPartyTagManager,
  tiktokEventsApi,
  tiktokPixel,
  xPixel,
];
