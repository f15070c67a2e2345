import type { Tracker } from './tracker.js';

export const smartlook: Tracker = {
  id: 'smartlook',
  name: 'Smartlook',
  vendor: 'Smartlook (Cisco)',
  category: 'session-replay',
  globals: ['smartlook'],
  commands: { init: 'init', identify: 'setting', track: 'event', record: 'setting', consentForms: 'consent', consentIP: 'consent', consentAPI: 'consent', properties: 'setting' },
  scripts: ['web-sdk.smartlook.com/recorder.js', 'rec.smartlook.com/recorder.js'],
  beacons: ['*.smartlook.cloud/**', 'manager.smartlook.com/**'],
  packages: [{ name: 'smartlook-client', api: { init: 'init', identify: 'setting', track: 'event', record: 'setting' } }],
  gtm: { tagTypes: [], templates: [] },
  stub: ['api'],
  identityKeys: ['email', 'name'],
  examples: [
    { lang: 'js', code: "smartlook('init', '0123456789abcdef0123456789abcdef01234567', { region: 'eu' });\nsmartlook('record', { forms: true, numbers: true });", expect: ['init', 'setting'] },
  ],
};
