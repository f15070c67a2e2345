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
  identityKeys: ['pid', 'em', 'ph'],
  examples: [
    { lang: 'js', code: "window.uetq = window.uetq || [];\nwindow.uetq.push('event', 'submit_lead_form', {});", expect: ['event'] },
    { lang: 'js', code: "(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:\"12345678\"};o.q=w[u],w[u]=new UET(o),w[u].push(\"pageLoad\")},n=d.createElement(t),n.src=r,n.async=1,n.onload=f,i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,\"script\",\"//bat.bing.com/bat.js\",\"uetq\");", expect: ['load'] },
  ],
};
