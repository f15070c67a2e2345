import type { Tracker } from './tracker.js';

export const inspectlet: Tracker = {
  id: 'inspectlet',
  name: 'Inspectlet',
  vendor: 'Inspectlet',
  category: 'session-replay',
  globals: ['__insp'],
  commands: { wid: 'init', identify: 'setting', tagSession: 'event', virtualPage: 'event' },
  scripts: ['cdn.inspectlet.com/inspectlet.js'],
  beacons: ['hn.inspectlet.com/**'],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [
    { lang: 'js', code: "window.__insp = window.__insp || [];\n__insp.push(['wid', 1234567890]);\n__insp.push(['identify', user.email]);", expect: ['init', 'setting'] },
  ],
};
