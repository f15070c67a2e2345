import type { AllowEntry, ResolvedConfig, Severity } from '../config/config.js';
import type { Detection } from '../detectors/detection.js';
import type { FileRecord } from '../files/file-record.js';
import type { FindingDraft } from '../findings/finding.js';
import type { Suppression } from '../findings/parse-suppressions.js';
import type { Reach } from '../reach/reach.js';
import type { SensitivityModel } from '../sensitivity/sensitivity.js';

export interface RuleMeta {
  id: string;
  description: string;
  /** `category`: the tracker's category decides (config `severity`). */
  defaultSeverity: Severity | 'category';
  /** Path of the rule's documentation page in the repository. */
  docs: string;
  /** `review` rules run after the others and see their findings in `RuleInput.findings`. */
  phase?: 'review';
}

export interface RuleInput {
  config: ResolvedConfig;
  detections: readonly Detection[];
  files: readonly FileRecord[];
  reach(file: string): Reach;
  sensitivity: SensitivityModel;
  /** Today, for `allow[].expires`. */
  now: Date;
  /** The allow entry covering a tracker on a route, if any (expired entries never cover). */
  allowed(tracker: string, route: string): AllowEntry | undefined;
  /** Inline `pixel-patrol-disable-next-line` comments found in the files. */
  suppressions?: readonly Suppression[];
  /** For `review` rules only: what the other rules found, before suppressions. */
  findings?: readonly FindingDraft[];
}

/** Policy over detections, reach and sensitivity. Pure: never parses, never reads files. */
export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): FindingDraft[];
}

export function ruleDocs(id: string): string {
  return `docs/rules/${id}.md`;
}
