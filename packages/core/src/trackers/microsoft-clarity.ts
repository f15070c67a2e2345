import type { Tracker } from './tracker.js';

export const microsoftClarity: Tracker = {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  vendor: 'Microsoft',
  category: 'session-replay',
  globals: ['clarity'],
  commands: { set: 'setting', identify: 'setting', consent: 'consent', event: 'event', upgrade: 'setting' },
  scripts: ['www.clarity.ms/tag/*', 'www.clarity.ms/s/**'],
  beacons: ['*.clarity.ms/collect'],
  packages: [{ name: '@microsoft/clarity', api: ['init', 'identify', 'setTag', 'event', 'consent'] }],
  gtm: { tagTypes: [], templates: [] },
  examples: [
    { lang: 'html', code: "<script async src=\"https://www.clarity.ms/tag/f8djd9zkwh\"></script>", expect: ['load'] },
  ],
};
