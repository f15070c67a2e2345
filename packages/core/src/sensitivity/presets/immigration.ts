import type { SensitivePreset } from './preset.js';

export const immigration: SensitivePreset = {
  id: 'immigration',
  title: 'Immigration status and asylum',
  reason: 'A visit suggests a person\'s immigration status or an asylum claim; leaking it can expose people to exploitation and enforcement risk.',
  source: 'GOV.UK "Visas and immigration" and asylum services; UK GDPR Article 9 (racial or ethnic origin can be inferred).',
  routes: ['/immigration/**', '/asylum/**', '/visas/**', '/refugees/**', '/eu-settlement-scheme/**', '/no-recourse-to-public-funds/**', '/modern-slavery/**'],
  keywords: ['immigration status', 'asylum', 'refugee', 'visa application', 'eu settlement scheme', 'right to remain', 'no recourse to public funds', 'deportation', 'modern slavery', 'trafficking'],
};
