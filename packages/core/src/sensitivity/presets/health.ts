import type { SensitivePreset } from './preset.js';

export const health: SensitivePreset = {
  id: 'health',
  title: 'Health conditions and care',
  reason: 'Health data is special category data: a visit to a condition, test-result or appointment page shows a person\'s health.',
  source: 'UK GDPR Article 9; ICO guidance on health data; NHS website conditions and services structure; NHS England letter on tracking pixels on NHS websites (2023).',
  routes: ['/conditions/**', '/health-a-z/**', '/test-results/**', '/appointments/**', '/patients/**', '/cancer/**', '/dementia/**', '/diabetes/**', '/pregnancy/**', '/maternity/**'],
  keywords: ['symptoms', 'diagnosis', 'test results', 'cancer', 'dementia', 'diabetes', 'pregnancy', 'miscarriage', 'disability', 'medical condition', 'your gp', 'medication'],
};
