import type { Tracker } from './tracker.js';

const SNIPPET =
  "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-ABC1234');";

export const googleTagManager: Tracker = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  vendor: 'Google',
  category: 'tag-manager',
  globals: ['google_tag_manager', 'dataLayer'],
  commands: {},
  scripts: ['{www.,}googletagmanager.com/gtm.js', '{www.,}googletagmanager.com/ns.html'],
  beacons: [],
  packages: [
    { name: 'react-gtm-module', api: { initialize: 'load', dataLayer: 'event' } },
    { name: '@next/third-parties/google', api: { GoogleTagManager: 'load', sendGTMEvent: 'event' } },
    { name: '{@gtm-support/vue-gtm,vue-gtm,@gtm-support/vue2-gtm}', api: { createGtm: 'load', trackEvent: 'event' }, config: { idOptions: ['id'] } },
    { name: 'gatsby-plugin-google-tagmanager', config: { idOptions: ['id'] } },
    { name: '@nuxtjs/gtm', config: { idOptions: ['id'], optionsKey: 'gtm' } },
  ],
  gtm: { tagTypes: [], templates: [] },
  ids: ['^GTM-[A-Z0-9]{4,}$'],
  examples: [
    { lang: 'js', code: SNIPPET, expect: ['load'] },
    { lang: 'js', code: "window.dataLayer.push({ event: 'report_submitted', crime_type: form.type.value });", expect: ['event'] },
    {
      lang: 'html',
      code: '<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-ABC1234" height="0" width="0"></iframe>',
      expect: ['load'],
    },
  ],
};
