import { googleAds } from './google-ads.js';
import { googleAnalytics } from './google-analytics.js';
import { googleTagManager } from './google-tag-manager.js';
import { hotjar } from './hotjar.js';
import { linkedinInsight } from './linkedin-insight.js';
import { logrocket } from './logrocket.js';
import { metaConversionsApi } from './meta-conversions-api.js';
import { metaPixel } from './meta-pixel.js';
import { microsoftClarity } from './microsoft-clarity.js';
import { microsoftUet } from './microsoft-uet.js';
import { pinterestTag } from './pinterest-tag.js';
import { redditPixel } from './reddit-pixel.js';
import { snapPixel } from './snap-pixel.js';
import { tiktokEventsApi } from './tiktok-events-api.js';
import { tiktokPixel } from './tiktok-pixel.js';
import { xPixel } from './x-pixel.js';
import type { Tracker } from './tracker.js';

export const trackers: readonly Tracker[] = [
  googleAds,
  googleAnalytics,
  googleTagManager,
  hotjar,
  linkedinInsight,
  logrocket,
  metaConversionsApi,
  metaPixel,
  microsoftClarity,
  microsoftUet,
  pinterestTag,
  redditPixel,
  snapPixel,
  tiktokEventsApi,
  tiktokPixel,
  xPixel,
];
