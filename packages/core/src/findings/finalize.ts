import { createHash } from 'node:crypto';
import type { Finding, FindingDraft } from './finding.js';

/** Sorted (file, line, column, rule, message) so output is byte-identical run to run. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds fingerprints and sorts. Identical evidence in one file (the same call twice) gets an
 * occurrence counter so fingerprints stay unique without using line numbers.
 */
export function finalizeFindings(drafts: readonly FindingDraft[]): Finding[] {
  const kept = drafts.filter((d): d is FindingDraft & { severity: Finding['severity'] } => d.severity !== 'off');
  const sorted = kept.map((d) => ({ ...d, fingerprint: '' })).sort(compareFindings);
  const seen = new Map<string, number>();
  for (const f of sorted) {
    const basis = [f.ruleId, f.file, f.tracker ?? '', f.activation ?? '', (f.evidence ?? f.message).replace(/\s+/g, ' ')].join('\u0000');
    const n = seen.get(basis) ?? 0;
    seen.set(basis, n + 1);
    f.fingerprint = createHash('sha256').update(`${basis}\u0000${n}`).digest('hex').slice(0, 32);
  }
  return sorted;
}
