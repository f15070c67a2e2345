/**
 * What a GTM tag's firing depends on, as plain data. The GTM front end builds it from the export
 * and stores it in `Detection.details.gtm`; `tag-verdict.ts` evaluates it against routes once the
 * site's routes are known. Kept serialisable so detections stay plain data.
 */

/** A condition's operand as far as static analysis can know it. */
export type GtmValue =
  | { kind: 'literal'; value: string }
  | { kind: 'page'; part: 'path' | 'url' | 'hostname' }
  | { kind: 'event' }
  | { kind: 'concat'; parts: GtmValue[] }
  | { kind: 'table'; input: GtmValue; entries: Array<{ key: string; value: GtmValue }>; fallback: GtmValue; regex: boolean; ignoreCase: boolean; fullMatch: boolean }
  /** Known only at run time: clicks, form fields, dataLayer values, cookies, custom JavaScript. */
  | { kind: 'runtime'; name: string };

export interface GtmCondition {
  /** UPPER_SNAKE operator (`EQUALS`, `MATCH_REGEX`, …). */
  op: string;
  left: GtmValue;
  right: GtmValue;
  negate: boolean;
  ignoreCase: boolean;
  /** As a person would read it: `{{Page Path}} matches RegEx "^/careers"`. */
  text: string;
}

export interface GtmTriggerSpec {
  id: string;
  name: string;
  /** UPPER_SNAKE trigger type; built-in ids get the type they behave as. */
  type: string;
  builtIn: boolean;
  /** The id is neither built in nor defined in the export. */
  missing: boolean;
  /** `customEventFilter`, `autoEventFilter` and `filter`, ANDed. */
  conditions: GtmCondition[];
  /** Trigger group members (all must fire). */
  members: GtmTriggerSpec[];
  line?: number;
  column?: number;
}

export interface GtmTagSequencing {
  /** The tag that names this one in `setupTag`/`teardownTag`. */
  tag: string;
  role: 'setup' | 'teardown';
  paused: boolean;
  firing: GtmTriggerSpec[];
  blocking: GtmTriggerSpec[];
}

export interface GtmTagFiring {
  /** Public id (`GTM-XXXX`), or the file's description when the header is blank. */
  container: string;
  usage: string;
  tag: string;
  tagId: string;
  tagType: string;
  paused: boolean;
  firing: GtmTriggerSpec[];
  blocking: GtmTriggerSpec[];
  sequencedBy: GtmTagSequencing[];
  /** `NOT_SET`, `NOT_NEEDED`, `NEEDED ad_storage`, or `absent`: reported, never a reason to drop. */
  consent: string;
  /** Firing window or live-only flag, as exported. */
  schedule?: string;
}

export function isGtmTagFiring(value: unknown): value is GtmTagFiring {
  return typeof value === 'object' && value !== null && 'firing' in value && 'blocking' in value && 'tag' in value;
}
