import type { Tracker } from './tracker.js';

export const tiktokPixel: Tracker = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  vendor: 'TikTok',
  category: 'advertising',
  globals: ['ttq', 'TiktokAnalyticsObject'],
  commands: { load: 'init', page: 'event', track: 'event', identify: 'setting', holdConsent: 'consent', grantConsent: 'consent', revokeConsent: 'consent', enableCookie: 'setting', disableCookie: 'setting' },
  scripts: ['analytics.tiktok.com/i18n/pixel/events.js', 'analytics.tiktok.com/i18n/pixel/sdk.js'],
  beacons: ['analytics.tiktok.com/api/v2/pixel{,/**}'],
  packages: [{ name: 'tiktok-pixel', api: { init: 'init', pageView: 'event', track: 'event', identify: 'setting' } }],
  gtm: { tagTypes: [], templates: ['tiktok/gtm-template-pixel'] },
  stub: ['_i', '_t', '_o', 'methods', 'setAndDefer', 'instance'],
  standardEvents: ['ViewContent', 'ClickButton', 'Search', 'AddToWishlist', 'AddToCart', 'InitiateCheckout', 'AddPaymentInfo', 'CompletePayment', 'PlaceAnOrder', 'Contact', 'Download', 'SubmitForm', 'CompleteRegistration', 'Subscribe'],
  identityKeys: ['email', 'phone_number', 'external_id', 'sha256_email', 'sha256_phone_number'],
  examples: [
    { lang: 'js', code: "ttq.load('C1ABCDEF2GHIJK3LMNO4');\nttq.page();", expect: ['init', 'event'] },
    { lang: 'js', code: "ttq.identify({ email: form.email.value, phone_number: phone });\nttq.track('SubmitForm');", expect: ['setting', 'event'] },
  ],
};
