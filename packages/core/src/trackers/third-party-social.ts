import type { Tracker } from './tracker.js';

/**
 * Any script host that third-party-web classifies as `social` and the catalogue does not name.
 * Detections carry the entity (`details.entity`); the HTML detector is its only source.
 */
export const thirdPartySocial: Tracker = {
  id: 'third-party-social',
  name: 'Third-party social script',
  vendor: 'third-party-web classification',
  category: 'social',
  globals: [],
  commands: {},
  scripts: [],
  beacons: [],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [{ lang: 'html', code: '<script async src="https://platform.twitter.com/widgets.js"></script>', expect: ['load'] }],
};
