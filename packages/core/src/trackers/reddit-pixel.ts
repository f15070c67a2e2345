import type { Tracker } from './tracker.js';

export const redditPixel: Tracker = {
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  vendor: 'Reddit',
  category: 'advertising',
  globals: ['rdt'],
  commands: { init: 'init', track: 'event' },
  scripts: ['www.redditstatic.com/ads/pixel.js'],
  beacons: ['alb.reddit.com/rp.gif'],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  stub: ['sendEvent', 'callQueue'],
  standardEvents: ['PageVisit', 'ViewContent', 'Search', 'AddToCart', 'AddToWishlist', 'Purchase', 'Lead', 'SignUp', 'Custom'],
  identityKeys: ['email', 'externalId', 'phoneNumber', 'idfa', 'aaid'],
  examples: [
    { lang: 'js', code: "rdt('init', 'a2_abcdef123456');\nrdt('track', 'PageVisit');", expect: ['init', 'event'] },
  ],
};
