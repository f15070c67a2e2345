import type { AllowEntry, ResolvedConfig, Severity } from '../config/config.js';
import type { Detection } from '../detectors/detection.js';
import type { FileRecord } from '../files/file-record.js';
import type { FindingDraft } from '../findings/finding.js';
import type { Reach } from '../reach/reach.js';
import type { SensitivityModel } from '../sensitivity/sensitivity.js';

export interface RuleMeta {
  id: string;
  description: string;
  /** `category`: the tracker's category decides (config `severity`). */
  defaultSeverity: Severity | 'category';
  /** Path of the rule's documentation page in the repository. */
  docs: string;
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
}

/** Policy over detections, reach and sensitivity. Pure: never parses, never reads files. */
export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): FindingDraft[];
}

export function ruleDocs(id: string): string {
  return `docs/rules/${id}.md`;
}
