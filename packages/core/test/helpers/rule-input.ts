import { resolveConfig, type UserConfig } from '../../src/config/config.js';
import type { Detection } from '../../src/detectors/detection.js';
import type { RuleInput } from '../../src/rules/rule.js';
import { buildSensitivity } from '../../src/sensitivity/sensitivity.js';

/** A rule input where every file has unknown reach (site-wide), as for loose JS with no route. */
export function ruleInput(detections: Detection[], user: UserConfig = { sensitive: { routes: ['/**'] } }): RuleInput {
  const config = resolveConfig(user, null);
  return {
    config,
    detections,
    files: [],
    now: new Date('2026-11-29T00:00:00Z'),
    reach: () => ({ routes: [], unknown: true }),
    sensitivity: buildSensitivity(config, new Map()),
    allowed: (tracker, route) => config.allow.find((a) => a.tracker === tracker && a.routes.includes(route)),
  };
}
