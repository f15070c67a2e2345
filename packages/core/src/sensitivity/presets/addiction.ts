import type { SensitivePreset } from './preset.js';

export const addiction: SensitivePreset = {
  id: 'addiction',
  title: 'Drug, alcohol and gambling support',
  reason: 'A visit suggests a person uses drugs or alcohol, or gambles, harmfully; this is health data and can lead to stigma or targeted gambling and alcohol advertising.',
  source: 'NHS "Drug addiction: getting help" and "Alcohol support" services; GambleAware; UK GDPR Article 9 (health data).',
  routes: ['/drugs/**', '/drug-support/**', '/alcohol/**', '/alcohol-support/**', '/gambling/**', '/addiction/**', '/substance-misuse/**', '/recovery/**'],
  keywords: ['addiction', 'drug treatment', 'drug use', 'substance misuse', 'alcohol support', 'alcohol problem', 'problem drinking', 'gambling support', 'problem gambling', 'needle exchange', 'rehab'],
};
