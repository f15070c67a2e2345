import type { Tracker } from './tracker.js';

/**
 * Any script host that third-party-web classifies as `tag-manager` and the catalogue does not name.
 * Detections carry the entity (`details.entity`); the HTML detector is its only source.
 */
export const thirdPartyTagManager: Tracker = {
  id: 'third-party-tag-manager',
  name: 'Third-party tag manager',
  vendor: 'third-party-web classification',
  category: 'tag-manager',
  globals: [],
  commands: {},
  scripts: [],
  beacons: [],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [{ lang: 'html', code: '<script async src="https://tags.tiqcdn.com/utag/acme/main/prod/utag.js"></script>', expect: ['load'] }],
};
