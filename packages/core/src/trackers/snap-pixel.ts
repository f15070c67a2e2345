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
  packages: [{ name: 'react-snapchat-pixel', api: ['init', 'pageView', 'track', 'snaptr'] }],
  gtm: { tagTypes: [], templates: [] },
  examples: [
    { lang: 'js', code: "snaptr('init', '00000000-0000-0000-0000-000000000000', { user_email: email });\nsnaptr('track', 'PAGE_VIEW');", expect: ['init', 'event'] },
  ],
};
