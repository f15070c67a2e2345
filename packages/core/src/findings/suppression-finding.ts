import type { FindingDraft } from './finding.js';
import type { Suppression } from './parse-suppressions.js';

/** A finding about an inline suppression comment itself, at the comment. */
export function suppressionFinding(ruleId: string, severity: FindingDraft['severity'], s: Suppression, message: string): FindingDraft {
  return { ruleId, severity, file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, message };
}
