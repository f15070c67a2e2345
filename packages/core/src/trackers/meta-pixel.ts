import type { Tracker } from './tracker.js';

const BASE_CODE =
  "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');";

export const metaPixel: Tracker = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  vendor: 'Meta',
  category: 'advertising',
  globals: ['fbq', '_fbq'],
  commands: { init: 'init', track: 'event', trackCustom: 'event', trackSingle: 'event', trackSingleCustom: 'event', set: 'setting', consent: 'consent', dataProcessingOptions: 'setting' },
  scripts: ['connect.facebook.net/*/fbevents.js', 'connect.facebook.net/signals/**'],
  beacons: ['{www.,web.,}facebook.com/tr{,/}'],
  packages: [
    { name: 'react-facebook-pixel', api: { init: 'init', pageView: 'event', track: 'event', trackCustom: 'event', trackSingle: 'event', trackSingleCustom: 'event', fbq: 'event', grantConsent: 'consent', revokeConsent: 'consent' } },
    { name: 'vue-facebook-pixel', api: { init: 'init', event: 'event', query: 'event' } },
    { name: 'vue-analytics-facebook-pixel', api: { init: 'init', event: 'event', query: 'event' } },
    { name: 'ngx-pixel', api: { initialize: 'init', track: 'event', trackCustom: 'event' }, config: { idOptions: ['pixelId'] } },
    { name: 'ngx-multi-pixel', api: { initialize: 'init', track: 'event', trackCustom: 'event' }, config: { idOptions: ['pixelId'] } },
    { name: 'nuxt-facebook-pixel-module', config: { idOptions: ['pixelId'], optionsKey: 'facebook' } },
    { name: '{nuxt3-meta-pixel,nuxt-meta-pixel}', config: { idOptions: ['pixelId', 'pixelID', 'id'], optionsKey: 'metaPixel' } },
    { name: 'gatsby-plugin-*{facebook,meta,fb}-pixel*', config: { idOptions: ['pixelId'] } },
    { name: 'vuepress-plugin-facebook-pixel', config: { idOptions: ['pixelId'] } },
  ],
  gtm: { tagTypes: [], templates: ['facebookarchive/GoogleTagManager-WebTemplate-For-FacebookPixel', 'stape-io/fb-tag'] },
  stub: ['callMethod', 'queue', 'loaded', 'version'],
  standardEvents: ['PageView', 'ViewContent', 'Search', 'AddToCart', 'AddToWishlist', 'InitiateCheckout', 'AddPaymentInfo', 'Purchase', 'Lead', 'CompleteRegistration', 'Contact', 'Schedule', 'SubmitApplication', 'Subscribe', 'StartTrial', 'Donate', 'FindLocation', 'CustomizeProduct'],
  identityKeys: ['em', 'ph', 'fn', 'ln', 'db', 'ge', 'ct', 'st', 'zp', 'country', 'external_id'],
  autoCapture: { setting: 'autoConfig', what: 'automatic events (the text of clicked buttons and page metadata)' },
  examples: [
    { lang: 'js', code: `${BASE_CODE}\nfbq('init', '123456789012345');\nfbq('track', 'PageView');`, expect: ['load', 'init', 'event'] },
    { lang: 'js', code: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('123456789012345');\nReactPixel.track('Lead', { content_name: form.topic.value });", expect: ['load', 'init', 'event'] },
    { lang: 'js', code: "fbq('set', 'autoConfig', false, '123456789012345');\nwindow.fbq?.('consent', 'revoke');", expect: ['setting', 'consent'] },
    { lang: 'js', code: "module.exports = { plugins: [{ resolve: 'gatsby-plugin-facebook-pixel', options: { pixelId: '123456789012345' } }] };", expect: ['config'] },
    { lang: 'html', code: '<noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"></noscript>', expect: ['beacon'] },
  ],
};
