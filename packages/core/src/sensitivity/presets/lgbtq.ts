import type { SensitivePreset } from './preset.js';

export const lgbtq: SensitivePreset = {
  id: 'lgbtq',
  title: 'Sexual orientation and gender identity',
  reason: 'Sexual orientation is special category data; a visit to LGBTQ+ support or gender-identity pages can out a person.',
  source: 'UK GDPR Article 9; ICO guidance on special category data; LGBT Foundation and Switchboard service pages.',
  routes: ['/lgbt/**', '/lgbtq/**', '/lgbtq-plus/**', '/gender-identity/**', '/trans/**', '/transgender/**', '/coming-out/**'],
  keywords: ['lgbt', 'lgbtq', 'gay', 'lesbian', 'bisexual', 'transgender', 'gender identity', 'sexual orientation', 'coming out', 'homophobic', 'transphobic'],
};
