import type { Tracker } from './tracker.js';

export const pinterestTag: Tracker = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  vendor: 'Pinterest',
  category: 'advertising',
  globals: ['pintrk'],
  commands: { load: 'init', page: 'event', track: 'event', set: 'setting' },
  scripts: ['s.pinimg.com/ct/core.js', 's.pinimg.com/ct/lib/main.*.js'],
  beacons: ['ct.pinterest.com/v3{,/}', 'ct.pinterest.com/user{,/}'],
  packages: [],
  gtm: { tagTypes: ['pntr'], templates: [] },
  stub: ['queue'],
  standardEvents: ['checkout', 'addtocart', 'pagevisit', 'signup', 'lead', 'search', 'viewcategory', 'watchvideo', 'custom'],
  identityKeys: ['em', 'np'],
  examples: [
    { lang: 'js', code: "pintrk('load', '2612345678901', { em: user.email });\npintrk('page');", expect: ['init', 'event'] },
  ],
};
