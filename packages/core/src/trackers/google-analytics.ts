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
  packages: [
    { name: 'react-ga', api: { initialize: 'init', pageview: 'event', event: 'event', set: 'setting', ga: 'event' } },
    { name: 'react-ga4', api: { initialize: 'init', send: 'event', event: 'event', set: 'setting', gtag: 'event' } },
    { name: 'vue-gtag', api: { event: 'event', pageview: 'event', config: 'init' }, config: { idOptions: ['id'] } },
    { name: '@next/third-parties/google', api: { GoogleAnalytics: 'load', sendGAEvent: 'event' } },
    { name: 'nextjs-google-analytics', api: { GoogleAnalytics: 'load', event: 'event' } },
    { name: '@nuxtjs/google-gtag', config: { idOptions: ['id'], optionsKey: 'google-gtag' } },
    { name: '@nuxtjs/google-analytics', config: { idOptions: ['id'], optionsKey: 'googleAnalytics' } },
    { name: 'gatsby-plugin-google-gtag', config: { idOptions: ['trackingIds'] } },
    { name: 'gatsby-plugin-google-analytics', config: { idOptions: ['trackingId'] } },
  ],
  gtm: { tagTypes: ['googtag', 'gaawc', 'gaawe', 'ua', 'ua_amp', 'sgtmgaaw'], templates: [] },
  ids: ['^G-[A-Z0-9]{4,}$', '^UA-\\d+-\\d+$', '^GT-[A-Z0-9]{4,}$'],
  identityKeys: ['user_id', 'userId', 'email'],
  examples: [
    { lang: 'js', code: "gtag('config', 'G-ABCDEF1234');\ngtag('event', 'search', { search_term: q });", expect: ['init', 'event'] },
    { lang: 'js', code: "import ReactGA from 'react-ga4';\nReactGA.initialize('G-ABCDEF1234');", expect: ['load', 'init'] },
  ],
};
