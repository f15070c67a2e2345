import { allowExpired } from '../config/allow-expired.js';
import type { ResolvedConfig } from '../config/config.js';
import type { Detection } from '../detectors/detection.js';
import type { FileRecord } from '../files/file-record.js';
import type { Suppression } from '../findings/parse-suppressions.js';
import type { Reach } from '../reach/reach.js';
import { patternCovers } from '../sensitivity/route-pattern.js';
import type { SensitivityModel } from '../sensitivity/sensitivity.js';
import type { RuleInput } from './rule.js';

export interface RuleInputParts {
  config: ResolvedConfig;
  detections: readonly Detection[];
  files: readonly FileRecord[];
  reach: (file: string) => Reach;
  sensitivity: SensitivityModel;
  /** Today, for `allow[].expires`. */
  now: Date;
  suppressions: readonly Suppression[];
}

/** What every rule sees: shared by the whole-project pipeline and the per-file (editor) check. */
export function createRuleInput(parts: RuleInputParts): RuleInput {
  const { config, now } = parts;
  return {
    config,
    detections: parts.detections,
    files: parts.files,
    reach: parts.reach,
    sensitivity: parts.sensitivity,
    now,
    allowed: (tracker, route) =>
      config.allow.find(
        (a) =>
          (a.tracker === tracker || a.tracker === '*') &&
          !allowExpired(a, now) &&
          a.routes.some((g) => patternCovers(g, route)),
      ),
    suppressions: parts.suppressions,
  };
}
