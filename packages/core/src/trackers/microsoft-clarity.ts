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
  packages: [
    { name: '@microsoft/clarity', api: { init: 'load', identify: 'setting', setTag: 'setting', event: 'event', consent: 'consent', upgrade: 'setting' } },
    { name: 'react-microsoft-clarity', api: { initialize: 'load', identify: 'setting', setTag: 'setting' } },
  ],
  gtm: { tagTypes: [], templates: [] },
  stub: ['q'],
  examples: [
    { lang: 'html', code: "<script async src=\"https://www.clarity.ms/tag/f8djd9zkwh\"></script>", expect: ['load'] },
    {
      lang: 'js',
      code: '(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "f8djd9zkwh");',
      expect: ['load'],
    },
  ],
};
