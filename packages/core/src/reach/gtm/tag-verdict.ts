import type { Certainty } from '../../detectors/detection.js';
import type { SensitiveReason } from '../../sensitivity/sensitivity.js';
import { evaluateCondition, type PageWitness, type Tri } from './evaluate-condition.js';
import { evaluateTrigger, type TriggerOutcome } from './evaluate-trigger.js';
import type { GtmTagFiring, GtmTriggerSpec } from './gtm-firing.js';
import { pageWitnesses } from './page-witnesses.js';

/** Whether a GTM tag fires on a route, with the trigger and the URL that prove it. */
export interface TagVerdict {
  fires: 'yes' | 'maybe' | 'no';
  certainty: Certainty;
  trigger?: string;
  how?: string;
  /** A sensitive URL (path) of the route on which it fires. */
  url?: string;
  /** Why it never fires, or what keeps the answer open. */
  note?: string;
}

interface Source {
  label: string;
  firing: GtmTriggerSpec[];
  blocking: GtmTriggerSpec[];
}

const RANK: Record<Certainty, number> = { possible: 1, likely: 2, certain: 3 };

/**
 * Evaluates a tag's firing and blocking triggers (and those of tags that sequence it) on the
 * pages of one route. "no" only when every trigger is provably false or provably blocked on every
 * witness page; anything undecidable is "maybe".
 */
export function tagVerdict(f: GtmTagFiring, route: string, reasons: readonly SensitiveReason[]): TagVerdict {
  const sources: Source[] = [];
  if (!f.paused) sources.push({ label: '', firing: f.firing, blocking: f.blocking });
  for (const s of f.sequencedBy) {
    if (!s.paused) sources.push({ label: ` as ${s.role} tag of "${s.tag}"`, firing: s.firing, blocking: s.blocking });
  }
  if (sources.length === 0) return { fires: 'no', certainty: 'certain', note: f.paused ? 'the tag is paused' : 'no trigger fires it' };
  if (sources.every((s) => s.firing.length === 0)) return { fires: 'no', certainty: 'certain', note: 'the tag has no firing trigger' };
  let maybe: TagVerdict | undefined;
  for (const page of pageWitnesses(route, reasons)) {
    for (const source of sources) {
      for (const t of source.firing) {
        const hit = onPage(t, source, page);
        if (!hit) continue;
        const verdict: TagVerdict = { fires: hit.fires === true && !page.open ? 'yes' : 'maybe', certainty: hit.certainty, trigger: t.name, how: `${hit.how}${source.label}`, url: page.open ? `${page.path}…` : page.path, ...(hit.note ? { note: hit.note } : {}) };
        if (verdict.fires === 'yes' && (!maybe || maybe.fires === 'maybe' || RANK[verdict.certainty] > RANK[maybe.certainty])) maybe = verdict;
        else if (!maybe) maybe = verdict;
      }
    }
    if (maybe?.fires === 'yes') return maybe;
  }
  return maybe ?? { fires: 'no', certainty: 'certain', note: 'no firing trigger matches a sensitive page, or an exception blocks it there' };
}

function onPage(t: GtmTriggerSpec, source: Source, page: PageWitness): (TriggerOutcome & { note?: string }) | undefined {
  const outcome = evaluateTrigger(t, page);
  if (outcome.fires === false) return undefined;
  let fires: Tri = outcome.fires;
  let certainty = outcome.certainty;
  const open: string[] = [];
  for (const b of source.blocking) {
    const blocked = blocks(b, t, outcome.event, page);
    if (blocked === true) return undefined;
    if (blocked === undefined) {
      fires = undefined;
      certainty = 'possible';
      open.push(`"${b.name}"`);
    }
  }
  return { ...outcome, fires, certainty, ...(open.length ? { note: `unless exception ${open.join(', ')} applies` } : {}) };
}

/**
 * An exception only evaluates on its own event, so one of another type never blocks, except a
 * custom-event exception whose event filter matches (`{{_event}}` matches RegEx `.*`).
 */
function blocks(b: GtmTriggerSpec, firedBy: GtmTriggerSpec, event: string | undefined, page: PageWitness): Tri {
  if (b.missing) return undefined;
  if (b.builtIn) return b.type === firedBy.type;
  if (b.type !== firedBy.type && b.type !== 'CUSTOM_EVENT') return false;
  const values = b.conditions.map((c) => evaluateCondition(c, page, event));
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : undefined;
}
