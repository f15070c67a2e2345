/** Route segments → `/a/b`; a `subtree` (what a layout wraps) → `/a/b/**`, or `/**` at the root. */
export function pathPattern(segments: readonly string[], subtree = false): string {
  const parts = segments.filter((s) => s !== '');
  if (subtree) parts.push('**');
  return `/${parts.join('/')}`;
}
