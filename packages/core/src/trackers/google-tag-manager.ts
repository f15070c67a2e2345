import type { Tracker } from './tracker.js';

export const googleTagManager: Tracker = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  vendor: 'Google',
  category: 'tag-manager',
  globals: ['google_tag_manager'],
  commands: {},
  scripts: ['{www.,}googletagmanager.com/gtm.js', '{www.,}googletagmanager.com/ns.html'],
  beacons: [],
  packages: [{ name: 'react-gtm-module', api: ['initialize', 'dataLayer'] }, { name: '@nuxtjs/gtm' }],
  gtm: { tagTypes: [], templates: [] },
  examples: [
    {
      lang: 'html',
      code: '<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-ABC1234" height="0" width="0"></iframe>',
      expect: ['load'],
    },
  ],
};
