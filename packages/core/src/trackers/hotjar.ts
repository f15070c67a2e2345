import type { Tracker } from './tracker.js';

export const hotjar: Tracker = {
  id: 'hotjar',
  name: 'Hotjar',
  vendor: 'Hotjar (Contentsquare)',
  category: 'session-replay',
  globals: ['hj', '_hjSettings'],
  commands: { identify: 'setting', event: 'event', stateChange: 'event', trigger: 'event', tagRecording: 'event' },
  scripts: ['static.hotjar.com/c/hotjar-*.js', 'script.hotjar.com/**', 'static.hj.contentsquare.net/c/csq-*.js'],
  beacons: ['*.hotjar.com/api/**', '*.hotjar.io/**'],
  packages: [{ name: '@hotjar/browser', api: ['init', 'identify', 'event'] }, { name: 'react-hotjar', api: ['initialize', 'identify', 'event'] }],
  gtm: { tagTypes: ['hjtc'], templates: [] },
  examples: [
    { lang: 'html', code: "<script src=\"https://static.hotjar.com/c/hotjar-1234567.js?sv=6\"></script>", expect: ['load'] },
  ],
};
