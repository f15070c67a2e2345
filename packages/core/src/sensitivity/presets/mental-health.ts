import type { SensitivePreset } from './preset.js';

export const mentalHealth: SensitivePreset = {
  id: 'mental-health',
  title: 'Mental health and crisis support',
  reason: 'Mental-health data is health data; a visit to crisis or self-referral pages reveals a condition, and targeted ads can harm people in crisis.',
  source: 'UK GDPR Article 9; NHS "Mental health services" and urgent help pages; Samaritans and Mind guidance.',
  routes: ['/mental-health/**', '/crisis/**', '/self-referral/**', '/talking-therapies/**', '/suicide-prevention/**', '/eating-disorders/**'],
  keywords: ['mental health', 'suicide', 'suicidal', 'self-harm', 'self harm', 'depression', 'anxiety', 'eating disorder', 'talking therapies', 'mental health crisis', 'psychosis'],
};
