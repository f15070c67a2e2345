import type { Tracker } from './tracker.js';

export const linkedinInsight: Tracker = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  vendor: 'LinkedIn',
  category: 'advertising',
  globals: ['lintrk', '_linkedin_partner_id', '_linkedin_data_partner_ids'],
  commands: { _linkedin_partner_id: 'init', track: 'event' },
  scripts: ['snap.licdn.com/li.lms-analytics/insight.min.js', 'snap.licdn.com/li.lms-analytics/insight.beta.min.js'],
  beacons: ['px.ads.linkedin.com/collect{,/}'],
  packages: [{ name: 'react-linkedin-insight', api: { init: 'init', track: 'event' } }],
  gtm: { tagTypes: ['bzi'], templates: [] },
  stub: ['q'],
  examples: [
    { lang: 'js', code: "window.lintrk('track', { conversion_id: 1234567 });", expect: ['event'] },
    { lang: 'js', code: "const s = document.createElement('script');\ns.src = 'https://snap.licdn.com/li.lms-analytics/insight.min.js';", expect: ['load'] },
  ],
};
