import type { Tracker } from './tracker.js';

export const microsoftUet: Tracker = {
  id: 'microsoft-uet',
  name: 'Microsoft Advertising UET',
  vendor: 'Microsoft',
  category: 'advertising',
  globals: ['uetq', 'UET'],
  commands: { event: 'event', pageLoad: 'event', set: 'setting', consent: 'consent' },
  scripts: ['bat.bing.com/bat.js'],
  beacons: ['bat.bing.com/action/**'],
  packages: [],
  gtm: { tagTypes: ['baut'], templates: [] },
  examples: [
    { lang: 'js', code: "window.uetq = window.uetq || [];\nwindow.uetq.push('event', 'submit_lead_form', {});", expect: ['event'] },
  ],
};
