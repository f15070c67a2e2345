import { attr, type HtmlElement } from '../../parse/html.js';

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/partytown', 'text/ecmascript']);
const CONSENT_TYPES = new Set(['text/plain', 'text/x-consent', 'text/blocked']);

/**
 * What a `<script>` holds, by its `type`: `code`, `gated` (code a consent manager holds back until
 * consent, with the gate as found) or `data` (JSON-LD, templates: not code).
 */
export function scriptKind(el: HtmlElement): { kind: 'code' } | { kind: 'gated'; gate: string } | { kind: 'data' } {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  if (JS_TYPES.has(type)) return { kind: 'code' };
  if (CONSENT_TYPES.has(type)) return { kind: 'gated', gate: `type="${type}"` };
  return { kind: 'data' };
}
