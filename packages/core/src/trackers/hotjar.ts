import type { Tracker } from './tracker.js';

export const hotjar: Tracker = {
  id: 'hotjar',
  name: 'Hotjar',
  vendor: 'Hotjar (Contentsquare)',
  category: 'session-replay',
  globals: ['hj', '_hjSettings'],
  commands: { _hjSettings: 'init', identify: 'setting', event: 'event', stateChange: 'event', trigger: 'event', tagRecording: 'event' },
  // The classic snippet passes the URL in two pieces: `'https://static.hotjar.com/c/hotjar-'` and `'.js?sv='`.
  scripts: ['static.hotjar.com/c/hotjar-{,*.js}', 'script.hotjar.com/**', 'static.hj.contentsquare.net/c/csq-*.js'],
  beacons: ['*.hotjar.com/api/**', '*.hotjar.io/**'],
  packages: [
    { name: '@hotjar/browser', api: { init: 'load', identify: 'setting', event: 'event', stateChange: 'event' } },
    { name: 'react-hotjar', api: { initialize: 'load', identify: 'setting', event: 'event', stateChange: 'event' } },
  ],
  gtm: { tagTypes: ['hjtc'], templates: [] },
  stub: ['q'],
  identityKeys: ['email', 'name', 'user_id'],
  examples: [
    { lang: 'html', code: "<script src=\"https://static.hotjar.com/c/hotjar-1234567.js?sv=6\"></script>", expect: ['load'] },
    {
      lang: 'js',
      code: "(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1234567,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');\nhj('identify', user.id, { email: user.email });",
      expect: ['load', 'setting'],
    },
    { lang: 'js', code: "import Hotjar from '@hotjar/browser';\nHotjar.init(1234567, 6);", expect: ['load', 'load'] },
  ],
};
