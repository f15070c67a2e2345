import type { Tracker } from './tracker.js';

export const logrocket: Tracker = {
  id: 'logrocket',
  name: 'LogRocket',
  vendor: 'LogRocket',
  category: 'session-replay',
  globals: ['LogRocket'],
  commands: { init: 'init', identify: 'setting', track: 'event' },
  scripts: ['cdn.logr-in.com/**', 'cdn.lr-ingest.io/**', 'cdn.lr-in.com/**', 'cdn.lgrckt-in.com/**'],
  beacons: ['r.lr-ingest.io/**', 'r.logr-ingest.com/**'],
  packages: [
    { name: 'logrocket', api: { init: 'init', identify: 'setting', track: 'event', getSessionURL: 'setting' } },
    { name: 'logrocket-react', api: { default: 'setting' } },
  ],
  gtm: { tagTypes: [], templates: [] },
  identityKeys: ['email', 'name'],
  examples: [
    { lang: 'js', code: "LogRocket.init('acme/web');", expect: ['init'] },
    { lang: 'js', code: "import LogRocket from 'logrocket';\nLogRocket.init('acme/web');\nLogRocket.identify(user.id, { email: user.email });", expect: ['load', 'init', 'setting'] },
  ],
};
