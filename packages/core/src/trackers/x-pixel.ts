import type { Tracker } from './tracker.js';

export const xPixel: Tracker = {
  id: 'x-pixel',
  name: 'X (Twitter) Pixel',
  vendor: 'X',
  category: 'advertising',
  globals: ['twq'],
  commands: { config: 'init', init: 'init', track: 'event', event: 'event' },
  scripts: ['static.ads-twitter.com/uwt.js', 'platform.twitter.com/oct.js'],
  beacons: ['t.co/i/adsct', 'analytics.twitter.com/i/adsct'],
  packages: [],
  gtm: { tagTypes: ['twitter_website_tag'], templates: [] },
  stub: ['exe', 'queue'],
  identityKeys: ['email_address', 'phone_number'],
  examples: [
    { lang: 'js', code: "twq('config', 'o1abc');\ntwq('event', 'tw-o1abc-o2def', {});", expect: ['init', 'event'] },
  ],
};
