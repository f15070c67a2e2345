import type { Detection } from '../detectors/detection.js';
import type { FindingDraft } from './finding.js';

/** A finding at a detection: its place, tracker, activation, certainty and evidence. */
export function detectionFinding(ruleId: string, severity: FindingDraft['severity'], d: Detection, message: string): FindingDraft {
  return {
    ruleId,
    severity,
    file: d.file,
    line: d.loc.line,
    column: d.loc.column,
    endLine: d.loc.endLine,
    endColumn: d.loc.endColumn,
    message,
    tracker: d.tracker,
    activation: d.kind,
    certainty: d.certainty,
    evidence: d.evidence,
  };
}
