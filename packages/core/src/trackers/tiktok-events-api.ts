import type { Tracker } from './tracker.js';

export const tiktokEventsApi: Tracker = {
  id: 'tiktok-events-api',
  name: 'TikTok Events API',
  vendor: 'TikTok',
  category: 'advertising',
  globals: [],
  commands: {},
  scripts: [],
  beacons: ['business-api.tiktok.com/open_api/*/event/track{,/}'],
  packages: [],
  gtm: { tagTypes: [], templates: ['tiktok/gtm-template-eapi'] },
  identityKeys: ['email', 'phone', 'phone_number', 'external_id', 'ip', 'user_agent'],
  examples: [
    { lang: 'js', code: "fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST', body });", expect: ['beacon'] },
  ],
};
