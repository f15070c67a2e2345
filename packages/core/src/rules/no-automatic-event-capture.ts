import type { Detection } from '../detectors/detection.js';
import { detectionFinding } from '../findings/detection-finding.js';
import type { FindingDraft } from '../findings/finding.js';
import { trackerById } from '../trackers/catalogue.js';
import { ruleDocs, type Rule } from './rule.js';
import { sensitiveReach } from './sensitive-reach.js';

const id = 'no-automatic-event-capture';

/**
 * Detection inputs (shared with the ESLint plugin): `init` detections of a tracker with
 * `autoCapture`, their `details.settings[setting]`, and `setting` detections in the same file with
 * `details.setting` and `details.value` (and `details.id` to match a pixel).
 */
function switchedOff(init: Detection, setting: string, all: readonly Detection[]): 'off' | 'string' | 'none' {
  const own = init.details.settings?.[setting];
  if (own === false) return 'off';
  let verdict: 'off' | 'string' | 'none' = own === 'false' ? 'string' : 'none';
  for (const d of all) {
    if (d.file !== init.file || d.tracker !== init.tracker || d.kind !== 'setting' || d.details.setting !== setting) continue;
    if (d.details.id !== undefined && init.details.id !== undefined && d.details.id !== init.details.id) continue;
    if (d.loc.line > init.loc.line || (d.loc.line === init.loc.line && d.loc.column > init.loc.column)) continue; // must come before init
    if (d.details.value === false) return 'off';
    if (d.details.value === 'false') verdict = 'string';
  }
  return verdict;
}

export const noAutomaticEventCapture: Rule = {
  meta: {
    id,
    description: 'A tracker is initialised with automatic event capture on (Meta Pixel sends the text of clicked buttons).',
    defaultSeverity: 'error',
    docs: ruleDocs(id),
  },
  check(input) {
    const out: FindingDraft[] = [];
    for (const d of input.detections) {
      if (d.kind !== 'init') continue;
      const tracker = trackerById(d.tracker);
      if (!tracker?.autoCapture) continue;
      const { setting, what } = tracker.autoCapture;
      const verdict = switchedOff(d, setting, input.detections);
      if (verdict === 'off') continue;
      const routes = sensitiveReach(d, input);
      if (routes.length === 0) continue;
      const how =
        verdict === 'string'
          ? `'${setting}' is set to the string 'false', which does not turn it off; pass the boolean false`
          : `call set('${setting}', false, id) before init to turn it off`;
      const message = `${tracker.name} is initialised on sensitive route ${routes[0]!} with ${what} left on: ${how}`;
      out.push(detectionFinding(id, input.config.rules[id] ?? 'error', d, message));
    }
    return out;
  },
};
