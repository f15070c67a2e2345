import type { Tracker } from './tracker.js';

export const googleAnalytics: Tracker = {
  id: 'google-analytics',
  name: 'Google Analytics',
  vendor: 'Google',
  category: 'analytics',
  globals: ['gtag', 'ga', '_gaq'],
  commands: { config: 'init', create: 'init', event: 'event', send: 'event', consent: 'consent', set: 'setting', js: 'setting', require: 'setting', _setAccount: 'init', _trackPageview: 'event', _trackEvent: 'event' },
  scripts: ['www.googletagmanager.com/gtag/js', 'www.google-analytics.com/analytics.js', 'www.google-analytics.com/ga.js', 'ssl.google-analytics.com/ga.js', 'www.google-analytics.com/urchin.js'],
  beacons: ['{www.,region1.,}google-analytics.com/{g/,j/,}collect', '*.analytics.google.com/g/collect'],
  packages: [{ name: 'react-ga', api: ['initialize', 'pageview', 'event'] }, { name: 'react-ga4', api: ['initialize', 'send', 'event'] }, { name: 'vue-gtag' }, { name: '@nuxtjs/google-gtag' }, { name: '@nuxtjs/google-analytics' }, { name: 'nextjs-google-analytics' }, { name: 'gatsby-plugin-google-gtag' }, { name: 'gatsby-plugin-google-analytics' }],
  gtm: { tagTypes: ['googtag', 'gaawc', 'gaawe', 'ua', 'ua_amp', 'sgtmgaaw'], templates: [] },
  examples: [
    { lang: 'js', code: "gtag('config', 'G-ABCDEF1234');\ngtag('event', 'search', { search_term: q });", expect: ['init', 'event'] },
  ],
};
