import { attr, type HtmlElement } from '../../parse/html.js';
import { scriptType } from './script-type.js';

/**
 * What a `<script>` element holds, by its `type`: `code`, `gated` (code a consent manager holds
 * back until consent, with the gate as found) or `data` (JSON-LD, templates: not code).
 */
export function scriptKind(el: HtmlElement): { kind: 'code' } | { kind: 'gated'; gate: string } | { kind: 'data' } {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  const role = scriptType(type);
  return role === 'gated' ? { kind: 'gated', gate: `type="${type}"` } : { kind: role };
}
