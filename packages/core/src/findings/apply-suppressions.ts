import type { FindingDraft } from './finding.js';
import type { Suppression } from './parse-suppressions.js';

/** A suppression covers findings of its rules that start on its target line. Disabled rules find nothing. */
export function suppresses(s: Suppression, draft: FindingDraft): boolean {
  return draft.severity !== 'off' && draft.file === s.file && draft.line === s.target && s.rules.includes(draft.ruleId);
}

export function applySuppressions(drafts: readonly FindingDraft[], suppressions: readonly Suppression[]): FindingDraft[] {
  if (suppressions.length === 0) return [...drafts];
  return drafts.filter((d) => !suppressions.some((s) => suppresses(s, d)));
}
