import { applySuppressions } from '../findings/apply-suppressions.js';
import type { FindingDraft } from '../findings/finding.js';
import type { Rule, RuleInput } from './rule.js';

/**
 * Policy rules first; inline suppressions then remove what they cover; review rules last, seeing
 * the policy findings before suppression (to tell which suppressions were used).
 */
export function runRules(rules: readonly Rule[], input: RuleInput): FindingDraft[] {
  const policy = rules.filter((r) => r.meta.phase !== 'review').flatMap((r) => r.check(input));
  const review = rules.filter((r) => r.meta.phase === 'review').flatMap((r) => r.check({ ...input, findings: policy }));
  return [...applySuppressions(policy, input.suppressions ?? []).kept, ...review];
}
