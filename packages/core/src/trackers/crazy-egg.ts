import type { Tracker } from './tracker.js';

export const crazyEgg: Tracker = {
  id: 'crazy-egg',
  name: 'Crazy Egg',
  vendor: 'Crazy Egg',
  category: 'session-replay',
  globals: ['CE2', 'CE_API'],
  commands: { identify: 'setting', set: 'setting' },
  scripts: ['script.crazyegg.com/pages/scripts/**', 'dnn506yrbagrg.cloudfront.net/pages/scripts/**'],
  beacons: [],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [
    { lang: 'html', code: '<script async src="https://script.crazyegg.com/pages/scripts/0012/3456.js"></script>', expect: ['load'] },
  ],
};
