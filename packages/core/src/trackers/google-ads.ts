import type { Tracker } from './tracker.js';

export const googleAds: Tracker = {
  id: 'google-ads',
  name: 'Google Ads',
  vendor: 'Google',
  category: 'advertising',
  globals: ['google_trackConversion', 'gtag_report_conversion'],
  commands: {  },
  scripts: ['www.googleadservices.com/pagead/conversion.js', 'www.googleadservices.com/pagead/conversion_async.js'],
  beacons: ['googleads.g.doubleclick.net/pagead/viewthroughconversion/**', 'www.googleadservices.com/pagead/conversion/**', '*.fls.doubleclick.net/**', 'ad.doubleclick.net/activity**'],
  packages: [],
  gtm: { tagTypes: ['awct', 'sp', 'awud', 'awcc', 'gclidw', 'gclidw_amp', 'flc', 'fls', 'sgtmadsct', 'sgtmadsremarket', 'sgtmadscl'], templates: [] },
  examples: [
    { lang: 'html', code: "<script async src=\"https://www.googleadservices.com/pagead/conversion_async.js\"></script>", expect: ['load'] },
  ],
};
