import type { Detection } from '../detectors/detection.js';
import type { FindingDraft, FindingRoute } from '../findings/finding.js';
import { gtmTagOnRoute, type GtmTagOnRoute } from '../reach/gtm/gtm-tag-on-route.js';
import { formatChain, type ReachedRoute } from '../reach/reach.js';
import { trackerById } from '../trackers/catalogue.js';
import { ruleDocs, type Rule, type RuleInput } from './rule.js';

const id = 'no-tracker-on-sensitive-route';
const ACTIVE = new Set<Detection['kind']>(['load', 'init', 'event', 'beacon', 'config']);
const KIND_WORDS: Record<Detection['kind'], string> = {
  load: 'is loaded',
  init: 'is initialised',
  event: 'sends an event',
  beacon: 'sends a beacon',
  consent: 'consent call',
  setting: 'setting',
  config: 'is installed by configuration',
};

function activity(d: Detection): string {
  if (d.kind === 'event' && typeof d.details.event === 'string') return `sends event "${d.details.event}"`;
  if (d.kind === 'init' && typeof d.details.id === 'string') return `is initialised with id ${d.details.id}`;
  return KIND_WORDS[d.kind];
}

function routesFor(d: Detection, input: RuleInput): ReachedRoute[] {
  const reach = input.reach(d.file);
  if (!reach.unknown) return reach.routes;
  if (input.config.unknownRoutes === 'ignore') return [];
  return [
    {
      pattern: '/**',
      chain: [{ file: d.file }],
      entry: { file: d.file, pattern: '/**', role: 'entry', mapper: 'unknown', reason: 'no route is known for this file, so it is assumed to run site-wide' },
    },
  ];
}

export const noTrackerOnSensitiveRoute: Rule = {
  meta: {
    id,
    description: 'An advertising, social, session-replay or analytics tracker runs on a sensitive page.',
    defaultSeverity: 'category',
    docs: ruleDocs(id),
  },
  check(input) {
    const out: FindingDraft[] = [];
    for (const d of input.detections) {
      if (!ACTIVE.has(d.kind)) continue;
      const tracker = trackerById(d.tracker);
      if (!tracker) continue;
      const hits: FindingRoute[] = [];
      const unknown = input.reach(d.file).unknown;
      const tags = new Map<string, GtmTagOnRoute>();
      for (const r of routesFor(d, input)) {
        const sensitive = input.sensitivity.reasonsFor(r.pattern);
        if (sensitive.length === 0 || input.allowed(tracker.id, r.pattern)) continue;
        // A GTM tag only reaches the routes its triggers fire on (docs/gtm.md).
        const tag = gtmTagOnRoute(d, r.pattern, sensitive, unknown);
        if (tag && !tag.fires) continue;
        if (tag) tags.set(r.pattern, tag);
        hits.push({ route: r.pattern, sensitive, chain: r.chain, proof: formatChain(r) });
      }
      if (hits.length === 0) continue;
      hits.sort((a, b) => a.chain.length - b.chain.length || (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
      const first = hits[0]!;
      const tag = tags.get(first.route);
      const why = tag?.reason ?? first.sensitive[0]!;
      const where = unknown
        ? `may run on any route (no route is known for this file), including sensitive ${why.match}`
        : `runs on sensitive route ${first.route}${hits.length > 1 ? ` and ${hits.length - 1} more` : ''}`;
      const gate = typeof d.details.gate === 'string' ? ` (behind consent gate ${d.details.gate})` : '';
      // Hosts classified by third-party-web share a generic tracker; the entity says who it is.
      const who = typeof d.details.entity === 'string' ? `${d.details.entity} (${tracker.name.toLowerCase()})` : tracker.name;
      out.push({
        ruleId: id,
        severity: input.config.rules[id] ?? input.config.severity[tracker.category],
        file: d.file,
        line: d.loc.line,
        column: d.loc.column,
        endLine: d.loc.endLine,
        endColumn: d.loc.endColumn,
        message: `${who} ${activity(d)}${gate} and ${where} (${why.origin} "${why.match}")${tag ? `: ${tag.note}` : ''}`,
        tracker: tracker.id,
        activation: d.kind,
        certainty: tag?.certainty ?? d.certainty,
        evidence: d.evidence,
        routes: hits,
      });
    }
    return out;
  },
};
