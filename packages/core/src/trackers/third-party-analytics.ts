import type { Tracker } from './tracker.js';

/**
 * Any script host that third-party-web classifies as `analytics` and the catalogue does not name.
 * Detections carry the entity (`details.entity`); the HTML detector is its only source.
 */
export const thirdPartyAnalytics: Tracker = {
  id: 'third-party-analytics',
  name: 'Third-party analytics script',
  vendor: 'third-party-web classification',
  category: 'analytics',
  globals: [],
  commands: {},
  scripts: [],
  beacons: [],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [{ lang: 'html', code: '<script async src="https://mc.yandex.ru/metrika/tag.js"></script>', expect: ['load'] }],
};
