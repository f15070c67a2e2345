import type { Tracker } from './tracker.js';

/**
 * Any script host that third-party-web classifies as `ad` or `marketing` and the catalogue does not name.
 * Detections carry the entity (`details.entity`); the HTML detector is its only source.
 */
export const thirdPartyAdvertising: Tracker = {
  id: 'third-party-advertising',
  name: 'Third-party advertising script',
  vendor: 'third-party-web classification',
  category: 'advertising',
  globals: [],
  commands: {},
  scripts: [],
  beacons: [],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [{ lang: 'html', code: '<script async src="https://static.criteo.net/js/ld/publishertag.js"></script>', expect: ['load'] }],
};
