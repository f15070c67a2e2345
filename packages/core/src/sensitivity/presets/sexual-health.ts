import type { SensitivePreset } from './preset.js';

export const sexualHealth: SensitivePreset = {
  id: 'sexual-health',
  title: 'Sexual health and reproductive care',
  reason: 'Sexual health is special category data (health and sex life); a visit to testing, contraception or abortion pages reveals it.',
  source: 'UK GDPR Article 9; NHS sexual health services; British Pregnancy Advisory Service.',
  routes: ['/sexual-health/**', '/sti/**', '/hiv/**', '/contraception/**', '/abortion/**', '/pregnancy-advice/**', '/prep/**'],
  keywords: ['sexual health', 'sti test', 'sexually transmitted', 'hiv', 'chlamydia', 'contraception', 'emergency contraception', 'abortion', 'termination of pregnancy'],
};
