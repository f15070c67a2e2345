import type { FindingDraft } from './finding.js';
import type { Suppression } from './parse-suppressions.js';

const key = (file: string, line: number, ruleId: string) => `${file}\u0000${line}\u0000${ruleId}`;

/**
 * A suppression covers findings of its rules that start on its target line. Disabled rules (`off`)
 * find nothing, so a suppression aimed at one is unused.
 */
export function applySuppressions(drafts: readonly FindingDraft[], suppressions: readonly Suppression[]): { kept: FindingDraft[]; unused: Suppression[] } {
  if (suppressions.length === 0) return { kept: [...drafts], unused: [] };
  const covered = new Set(suppressions.flatMap((s) => s.rules.map((r) => key(s.file, s.target, r))));
  const found = new Set<string>();
  const kept: FindingDraft[] = [];
  for (const d of drafts) {
    const k = key(d.file, d.line, d.ruleId);
    if (d.severity === 'off' || !covered.has(k)) kept.push(d);
    if (d.severity !== 'off') found.add(k);
  }
  return { kept, unused: suppressions.filter((s) => !s.rules.some((r) => found.has(key(s.file, s.target, r)))) };
}
