import type { Detection } from '../detectors/detection.js';
import type { RuleInput } from './rule.js';

/**
 * The sensitive routes a detection runs on, not covered by an `allow` entry for its tracker.
 * Code with unknown reach counts as site-wide unless `unknownRoutes` is `ignore`.
 */
export function sensitiveReach(d: Detection, input: RuleInput): string[] {
  const reach = input.reach(d.file);
  const routes = reach.unknown ? (input.config.unknownRoutes === 'ignore' ? [] : ['/**']) : reach.routes.map((r) => r.pattern);
  return [...new Set(routes)].filter((r) => input.sensitivity.reasonsFor(r).length > 0 && !input.allowed(d.tracker, r)).sort();
}
