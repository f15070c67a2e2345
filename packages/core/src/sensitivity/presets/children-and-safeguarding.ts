import type { SensitivePreset } from './preset.js';

export const childrenAndSafeguarding: SensitivePreset = {
  id: 'children-and-safeguarding',
  title: 'Children, safeguarding and child protection',
  reason: 'These pages are used to report a child at risk or are used by children themselves; children merit specific protection and a report reveals a family in crisis.',
  source: 'ICO Age Appropriate Design Code; UK council "Report a concern about a child" services; NSPCC guidance.',
  routes: ['/safeguarding/**', '/child-protection/**', '/report-a-concern/**', '/children-at-risk/**', '/child-abuse/**', '/child-sexual-exploitation/**', '/missing-children/**'],
  keywords: ['safeguarding', 'child protection', 'child abuse', 'concern about a child', 'child at risk', 'child sexual exploitation', 'child neglect', 'missing child', 'grooming'],
};
