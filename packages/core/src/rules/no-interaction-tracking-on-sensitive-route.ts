import type { FindingDraft } from '../findings/finding.js';
import { isGtmTagFiring, type GtmTriggerSpec } from '../reach/gtm/gtm-firing.js';
import { tagVerdict } from '../reach/gtm/tag-verdict.js';
import { formatChain, type ReachedRoute } from '../reach/reach.js';
import { trackerById } from '../trackers/catalogue.js';
import { ruleDocs, type Rule, type RuleInput } from './rule.js';

const id = 'no-interaction-tracking-on-sensitive-route';
/** Triggers that fire on what the visitor does: the clicked element's text, the submitted form. */
const INTERACTION = new Set(['CLICK', 'LINK_CLICK', 'FORM_SUBMISSION', 'AMP_CLICK']);

function isInteraction(t: GtmTriggerSpec): boolean {
  return INTERACTION.has(t.type) || t.members.some(isInteraction);
}

function reached(file: string, input: RuleInput): ReachedRoute[] {
  const reach = input.reach(file);
  if (!reach.unknown) return reach.routes;
  if (input.config.unknownRoutes === 'ignore') return [];
  return [{ pattern: '/**', chain: [{ file }], entry: { file, pattern: '/**', role: 'entry', mapper: 'unknown', reason: 'no page is known to load this container' } }];
}

export const noInteractionTrackingOnSensitiveRoute: Rule = {
  meta: {
    id,
    description: 'A GTM click or form-submission trigger feeds an advertising or social tag on a sensitive page.',
    defaultSeverity: 'category',
    docs: ruleDocs(id),
  },
  check(input) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const d of input.detections) {
      const f = d.details.gtm;
      const tracker = trackerById(d.tracker);
      if (!isGtmTagFiring(f) || !tracker || (tracker.category !== 'advertising' && tracker.category !== 'social')) continue;
      for (const t of f.paused ? [] : f.firing.filter(isInteraction)) {
        const key = `${d.file}\u0000${t.id}\u0000${f.tag}\u0000${tracker.id}`;
        if (seen.has(key)) continue;
        for (const r of reached(d.file, input)) {
          const sensitive = input.sensitivity.reasonsFor(r.pattern);
          if (sensitive.length === 0 || input.allowed(tracker.id, r.pattern)) continue;
          const v = tagVerdict({ ...f, firing: [t], sequencedBy: [] }, r.pattern, sensitive);
          if (v.fires === 'no') continue;
          seen.add(key);
          const line = t.line ?? d.loc.line;
          const column = t.column ?? d.loc.column;
          out.push({
            ruleId: id,
            severity: input.config.rules[id] ?? input.config.severity[tracker.category],
            file: d.file,
            line,
            column,
            endLine: line,
            endColumn: column,
            message: `Trigger "${t.name}" (${v.how ?? t.type}) feeds GTM tag "${f.tag}" (${tracker.name}) and ${v.fires === 'yes' ? 'fires' : 'may fire'} on sensitive ${v.url ?? r.pattern}: what the visitor clicks or submits there is sent to ${tracker.vendor}`,
            tracker: tracker.id,
            activation: d.kind,
            certainty: v.certainty,
            evidence: `trigger "${t.name}" → tag "${f.tag}"`,
            routes: [{ route: r.pattern, sensitive, chain: r.chain, proof: formatChain(r) }],
          });
          break;
        }
      }
    }
    return out;
  },
};
