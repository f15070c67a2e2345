import type { Tracker } from './tracker.js';

export const snapPixel: Tracker = {
  id: 'snap-pixel',
  name: 'Snap Pixel',
  vendor: 'Snap',
  category: 'advertising',
  globals: ['snaptr'],
  commands: { init: 'init', track: 'event' },
  scripts: ['sc-static.net/scevent.min.js'],
  beacons: ['tr.snapchat.com/**'],
  packages: [
    { name: 'react-snapchat-pixel', api: { init: 'init', pageView: 'event', track: 'event', snaptr: 'event' } },
    { name: 'next-snapchat-pixel', api: { init: 'init', pageView: 'event', track: 'event' } },
  ],
  gtm: { tagTypes: [], templates: [] },
  stub: ['handleRequest', 'queue'],
  standardEvents: ['PAGE_VIEW', 'PURCHASE', 'SIGN_UP', 'ADD_CART', 'VIEW_CONTENT', 'SEARCH', 'START_CHECKOUT', 'SAVE', 'LIST_VIEW', 'SUBSCRIBE', 'CUSTOM_EVENT_1'],
  identityKeys: ['user_email', 'user_phone_number', 'user_hashed_email', 'user_hashed_phone_number', 'firstname', 'lastname', 'geo_city', 'geo_postal_code'],
  examples: [
    { lang: 'js', code: "snaptr('init', '00000000-0000-0000-0000-000000000000', { user_email: email });\nsnaptr('track', 'PAGE_VIEW');", expect: ['init', 'event'] },
  ],
};
