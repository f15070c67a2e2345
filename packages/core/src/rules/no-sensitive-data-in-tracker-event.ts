import type { Detection } from '../detectors/detection.js';
import { detectionFinding } from '../findings/detection-finding.js';
import type { FindingDraft } from '../findings/finding.js';
import { trackerById } from '../trackers/catalogue.js';
import { ruleDocs, type Rule } from './rule.js';
import { sensitiveReach } from './sensitive-reach.js';

const id = 'no-sensitive-data-in-tracker-event';
const CARRIES_DATA = new Set<Detection['kind']>(['init', 'event', 'setting']);
const SOURCE_WORDS: Record<string, string> = {
  'search-term': 'a search term',
  'form-field': 'a form field',
  url: 'the page URL',
};

/**
 * Detection inputs (shared with the ESLint plugin): `details.keys` (parameter or user-data keys),
 * `details.sources` (where each value comes from), and the tracker's `identityKeys`.
 */
function sensitiveParts(d: Detection): string[] {
  const tracker = trackerById(d.tracker);
  const identity = new Set(tracker?.identityKeys ?? []);
  const parts: string[] = [];
  for (const key of d.details.keys ?? []) {
    const source = d.details.sources?.[key];
    if (source !== undefined && SOURCE_WORDS[source]) parts.push(`${key} (${SOURCE_WORDS[source]})`);
    else if (identity.has(key)) parts.push(`${key} (identity)`);
  }
  return parts;
}

export const noSensitiveDataInTrackerEvent: Rule = {
  meta: {
    id,
    description: 'A tracker call sends identity, search terms, form fields or the page URL to the vendor.',
    defaultSeverity: 'error',
    docs: ruleDocs(id),
  },
  check(input) {
    const out: FindingDraft[] = [];
    for (const d of input.detections) {
      if (!CARRIES_DATA.has(d.kind)) continue;
      const parts = sensitiveParts(d);
      if (parts.length === 0) continue;
      const routes = sensitiveReach(d, input);
      if (routes.length === 0) continue;
      const tracker = trackerById(d.tracker);
      const what = d.kind === 'event' && typeof d.details.event === 'string' ? `event "${d.details.event}"` : d.kind === 'init' ? 'init' : `"${d.details.command ?? d.kind}" call`;
      const message = `${tracker?.name ?? d.tracker} ${what} sends ${parts.join(', ')} on sensitive route ${routes[0]!}${routes.length > 1 ? ` and ${routes.length - 1} more` : ''}`;
      out.push(detectionFinding(id, input.config.rules[id] ?? 'error', d, message));
    }
    return out;
  },
};
