import type { SensitivePreset } from './preset.js';

export const crimeReporting: SensitivePreset = {
  id: 'crime-reporting',
  title: 'Reporting a crime',
  reason: 'Visiting a crime-report page, and what is typed or clicked there, reveals that a person is a victim or witness of a crime.',
  source: 'Police.uk and UK police force "Report" services (Single Online Home); ICO guidance on special category data.',
  routes: ['/report/**', '/report-a-crime/**', '/report-it/**', '/ro/report/**', '/tell-us/**', '/crime/report/**'],
  keywords: ['report a crime', 'report crime', 'report an incident', 'witness statement', 'crime reference number', 'victim of crime', 'hate crime', 'suspect', 'offender', 'perpetrator'],
};
