import type { Tracker } from './tracker.js';

export const mouseflow: Tracker = {
  id: 'mouseflow',
  name: 'Mouseflow',
  vendor: 'Mouseflow',
  category: 'session-replay',
  globals: ['_mfq', 'mouseflow'],
  commands: { identify: 'setting', setVariable: 'setting', tag: 'event', formSubmitAttempt: 'event', formSubmitSuccess: 'event', stop: 'setting', newPageView: 'event' },
  scripts: ['cdn.mouseflow.com/projects/*.js'],
  beacons: ['*.mouseflow.com/**'],
  packages: [],
  gtm: { tagTypes: [], templates: [] },
  examples: [
    { lang: 'js', code: "window._mfq = window._mfq || [];\n_mfq.push(['setVariable', 'role', role]);", expect: ['setting'] },
    { lang: 'js', code: "const mf = document.createElement('script');\nmf.src = '//cdn.mouseflow.com/projects/' + projectId + '.js';", expect: ['load'] },
  ],
};
