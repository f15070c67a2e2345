import type { Tracker } from './tracker.js';

export const tiktokPixel: Tracker = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  vendor: 'TikTok',
  category: 'advertising',
  globals: ['ttq', 'TiktokAnalyticsObject'],
  commands: { load: 'init', page: 'event', track: 'event', identify: 'setting', holdConsent: 'consent', grantConsent: 'consent', revokeConsent: 'consent', enableCookie: 'setting', disableCookie: 'setting' },
  scripts: ['analytics.tiktok.com/i18n/pixel/events.js', 'analytics.tiktok.com/i18n/pixel/sdk.js'],
  beacons: ['analytics.tiktok.com/api/v2/pixel{,/**}'],
  packages: [],
  gtm: { tagTypes: [], templates: ['tiktok/gtm-template-pixel'] },
  examples: [
    { lang: 'js', code: "ttq.load('C1ABCDEF2GHIJK3LMNO4');\nttq.page();", expect: ['init', 'event'] },
  ],
};
