import type { GtmCondition, GtmTagFiring, GtmTriggerSpec } from '../../reach/gtm/gtm-firing.js';
import { GtmContainer } from './gtm-container.js';
import type { GtmRawCondition, GtmRawTag } from './gtm-export.js';
import { normalizeGtmEnum } from './normalize-gtm-enum.js';

/** Built-in triggers: not in `trigger[]`, constant across containers. */
const BUILT_IN: Record<string, [name: string, type: string]> = {
  '2147479553': ['All Pages', 'PAGEVIEW'],
  '2147479573': ['Initialization - All Pages', 'INIT'],
  '2147479572': ['Consent Initialization - All Pages', 'CONSENT_INIT'],
  '2147479556': ['built-in trigger 2147479556', 'UNKNOWN'],
};
const OP_WORDS: Record<string, [yes: string, no: string]> = {
  EQUALS: ['equals', 'does not equal'],
  CONTAINS: ['contains', 'does not contain'],
  STARTS_WITH: ['starts with', 'does not start with'],
  ENDS_WITH: ['ends with', 'does not end with'],
  MATCH_REGEX: ['matches RegEx', 'does not match RegEx'],
  CSS_SELECTOR: ['matches CSS selector', 'does not match CSS selector'],
  GREATER: ['>', 'not >'],
  GREATER_OR_EQUALS: ['>=', 'not >='],
  LESS: ['<', 'not <'],
  LESS_OR_EQUALS: ['<=', 'not <='],
};

export type Position = { line: number; column: number } | undefined;

/** Everything a tag's firing depends on, resolved against the container (see `reach/gtm/`). */
export function buildTagFiring(c: GtmContainer, tag: GtmRawTag, triggerAt: (index: number) => Position): GtmTagFiring {
  const name = String(tag.name ?? '');
  const triggers = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => triggerSpec(c, String(id), triggerAt, 0)) : []);
  const sequencedBy = c.tags.flatMap((s) =>
    (['setup', 'teardown'] as const)
      .filter((role) => (role === 'setup' ? s.setupTag : s.teardownTag)?.some((ref) => ref.tagName === name))
      .map((role) => ({ tag: String(s.name ?? ''), role, paused: isTrue(s.paused), firing: triggers(s.firingTriggerId), blocking: triggers(s.blockingTriggerId) })),
  );
  const consent = tag.consentSettings ? normalizeGtmEnum(tag.consentSettings.consentStatus) || 'NOT_SET' : 'absent';
  const types = (tag.consentSettings?.consentType?.list ?? []).map((p) => p.value).filter((v): v is string => typeof v === 'string');
  const schedule = [
    tag.scheduleStartMs ? `from ${new Date(Number(tag.scheduleStartMs)).toISOString()}` : '',
    tag.scheduleEndMs ? `until ${new Date(Number(tag.scheduleEndMs)).toISOString()}` : '',
    isTrue(tag.liveOnly) ? 'live environment only' : '',
  ].filter(Boolean).join(' ');
  return {
    container: c.publicId || '(blank public id)',
    usage: c.usage,
    tag: name,
    tagId: String(tag.tagId ?? ''),
    tagType: String(tag.type ?? ''),
    paused: isTrue(tag.paused),
    firing: triggers(tag.firingTriggerId),
    blocking: triggers(tag.blockingTriggerId),
    sequencedBy,
    consent: consent === 'NEEDED' && types.length ? `NEEDED ${types.join(', ')}` : consent,
    ...(schedule ? { schedule } : {}),
  };
}

function isTrue(v: unknown): boolean {
  return v === true || v === 'true';
}

function triggerSpec(c: GtmContainer, id: string, triggerAt: (index: number) => Position, depth: number): GtmTriggerSpec {
  const builtIn = BUILT_IN[id];
  if (builtIn) return { id, name: builtIn[0], type: builtIn[1], builtIn: true, missing: false, conditions: [], members: [] };
  const found = c.triggers.get(id);
  if (!found || depth > 3) return { id, name: `trigger ${id}`, type: 'UNKNOWN', builtIn: false, missing: true, conditions: [], members: [] };
  const t = found.raw;
  const type = normalizeGtmEnum(t.type);
  const raw = [...(t.customEventFilter ?? []), ...(t.autoEventFilter ?? []), ...(t.filter ?? [])];
  const memberIds = type === 'TRIGGER_GROUP' ? (GtmContainer.param(t.parameter, 'triggerIds')?.list ?? []).map((p) => String(p.value)) : [];
  const at = triggerAt(found.index);
  return {
    id,
    name: String(t.name ?? `trigger ${id}`),
    type,
    builtIn: false,
    missing: false,
    conditions: Array.isArray(raw) ? raw.map((r) => condition(c, r)) : [],
    members: memberIds.map((m) => triggerSpec(c, m, triggerAt, depth + 1)),
    ...(at ? { line: at.line, column: at.column } : {}),
  };
}

function condition(c: GtmContainer, raw: GtmRawCondition): GtmCondition {
  const op = normalizeGtmEnum(raw.type);
  const arg = (key: string) => GtmContainer.param(raw.parameter, key)?.value;
  const negate = arg('negate') === 'true';
  const ignoreCase = arg('ignore_case') === 'true';
  const words = OP_WORDS[op] ?? [op, `not ${op}`];
  const text = `${arg('arg0') ?? '?'} ${words[negate ? 1 : 0]} "${arg('arg1') ?? ''}"${ignoreCase ? ' (ignore case)' : ''}`;
  return { op, left: c.value(arg('arg0')), right: c.value(arg('arg1')), negate, ignoreCase, text };
}
