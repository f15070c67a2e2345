const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/partytown', 'text/ecmascript']);
const CONSENT_TYPES = new Set(['text/plain', 'text/x-consent', 'text/blocked']);

/**
 * What a `<script>` holds, by its `type` (trimmed, lower case): code that runs, code a consent
 * manager holds back until consent (`gated`), or data (JSON-LD, templates), which is not code.
 */
export function scriptType(type: string): 'code' | 'gated' | 'data' {
  return JS_TYPES.has(type) ? 'code' : CONSENT_TYPES.has(type) ? 'gated' : 'data';
}
