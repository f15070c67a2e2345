import type { Tracker } from './tracker.js';

export const metaPixel: Tracker = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  vendor: 'Meta',
  category: 'advertising',
  globals: ['fbq', '_fbq'],
  commands: {
    init: 'init',
    track: 'event',
    trackCustom: 'event',
    trackSingle: 'event',
    trackSingleCustom: 'event',
    set: 'setting',
    consent: 'consent',
    dataProcessingOptions: 'setting',
  },
  scripts: ['connect.facebook.net/*/fbevents.js', 'connect.facebook.net/signals/**'],
  beacons: ['{www.,web.,}facebook.com/tr{,/}'],
  packages: [
    { name: 'react-facebook-pixel', api: ['init', 'pageView', 'track', 'trackCustom', 'trackSingle', 'fbq'] },
    { name: 'vue-facebook-pixel' },
    { name: 'ngx-pixel', api: ['track', 'trackCustom', 'initialize'] },
    { name: 'nuxt-facebook-pixel-module' },
    { name: 'gatsby-plugin-facebook-pixel' },
  ],
  gtm: { tagTypes: [], templates: ['facebookarchive/GoogleTagManager-WebTemplate-For-FacebookPixel', 'stape-io/fb-tag'] },
  examples: [
    { lang: 'js', code: "fbq('init', '123456789012345');\nfbq('track', 'PageView');", expect: ['init', 'event'] },
    {
      lang: 'html',
      code: '<noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"></noscript>',
      expect: ['beacon'],
    },
  ],
};
