import type { Tracker } from './tracker.js';

export const luckyOrange: Tracker = {
  id: 'lucky-orange',
  name: 'Lucky Orange',
  vendor: 'Lucky Orange',
  category: 'session-replay',
  globals: ['LOQ', '__lo_site_id'],
  commands: { __lo_site_id: 'init', ready: 'setting', identify: 'setting' },
  scripts: ['tools.luckyorange.com/core/lo.js', 'd10lpsik1i8c69.cloudfront.net/w.js'],
  beacons: ['*.luckyorange.net/**'],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [
    { lang: 'html', code: '<script async defer src="https://tools.luckyorange.com/core/lo.js?site-id=abc123"></script>', expect: ['load'] },
  ],
};
