import type { Tracker } from './tracker.js';

// Google Ads shares `gtag` and its loader with Analytics; the id prefix (`AW-`) decides.
export const googleAds: Tracker = {
  id: 'google-ads',
  name: 'Google Ads',
  vendor: 'Google',
  category: 'advertising',
  globals: ['google_trackConversion', 'gtag_report_conversion'],
  commands: {},
  scripts: ['www.googleadservices.com/pagead/conversion.js', 'www.googleadservices.com/pagead/conversion_async.js'],
  beacons: ['googleads.g.doubleclick.net/pagead/viewthroughconversion/**', 'www.googleadservices.com/pagead/conversion/**', '*.fls.doubleclick.net/**', 'ad.doubleclick.net/activity**'],
  packages: [],
  gtm: { tagTypes: ['awct', 'sp', 'awud', 'awcc', 'awec', 'gclidw', 'gclidw_amp', 'flc', 'fls', 'sgtmadsct', 'sgtmadsremarket', 'sgtmadscl'], templates: [] },
  ids: ['^AW-\\d+(?:/[\\w-]+)?$', '^DC-\\d+$'],
  identityKeys: ['email', 'phone_number', 'address', 'sha256_email_address', 'sha256_phone_number'],
  examples: [
    { lang: 'html', code: "<script async src=\"https://www.googleadservices.com/pagead/conversion_async.js\"></script>", expect: ['load'] },
    { lang: 'js', code: "gtag('config', 'AW-123456789');\ngtag('event', 'conversion', { send_to: 'AW-123456789/AbC-D_efG' });", expect: ['init', 'event'] },
  ],
};
