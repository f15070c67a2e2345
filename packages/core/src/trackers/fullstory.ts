import type { Tracker } from './tracker.js';

export const fullstory: Tracker = {
  id: 'fullstory',
  name: 'FullStory',
  vendor: 'FullStory',
  category: 'session-replay',
  globals: ['FS', '_fs_org', '_fs_namespace', '_fs_script'],
  commands: { _fs_org: 'init', identify: 'setting', setUserVars: 'setting', setIdentity: 'setting', setProperties: 'setting', event: 'event', trackEvent: 'event', consent: 'consent', shutdown: 'setting', restart: 'setting' },
  scripts: ['edge.fullstory.com/s/fs.js', 'fullstory.com/s/fs.js'],
  beacons: ['rs.fullstory.com/rec/**', 'edge.fullstory.com/rec/**'],
  packages: [{ name: '@fullstory/browser', api: { init: 'load', identify: 'setting', setUserVars: 'setting', event: 'event', FullStory: 'event', consent: 'consent' } }],
  gtm: { tagTypes: [], templates: [] },
  identityKeys: ['email', 'displayName', 'uid', 'email_str', 'displayName_str'],
  examples: [
    { lang: 'js', code: "window['_fs_org'] = 'o-ABC123-na1';\nFS.identify(user.id, { email: user.email });", expect: ['init', 'setting'] },
    { lang: 'js', code: "import * as FullStory from '@fullstory/browser';\nFullStory.init({ orgId: 'o-ABC123-na1' });", expect: ['load', 'load'] },
  ],
};
