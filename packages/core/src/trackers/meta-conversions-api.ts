import type { Tracker } from './tracker.js';

export const metaConversionsApi: Tracker = {
  id: 'meta-conversions-api',
  name: 'Meta Conversions API',
  vendor: 'Meta',
  category: 'advertising',
  globals: [],
  commands: {},
  scripts: [],
  beacons: ['graph.facebook.com/*/*/events', 'graph.facebook.com/*/events'],
  packages: [{ name: 'facebook-nodejs-business-sdk', api: { ServerEvent: 'event', EventRequest: 'event', UserData: 'setting', CustomData: 'event' } }],
  gtm: { tagTypes: [], templates: ['stape-io/facebook-tag', 'facebookincubator/ConversionsAPI-Tag-for-GoogleTagManager'] },
  identityKeys: ['em', 'ph', 'fn', 'ln', 'db', 'ge', 'ct', 'st', 'zp', 'country', 'external_id', 'client_ip_address', 'client_user_agent', 'fbc', 'fbp'],
  examples: [
    { lang: 'js', code: "fetch('https://graph.facebook.com/v19.0/123456789012345/events?access_token=' + token, { method: 'POST', body });", expect: ['beacon'] },
  ],
};
