/**
 * One file-system route segment as a URL pattern segment. Dynamic parts become wildcards so the
 * conservative intersection treats them as possibly sensitive: `[id]` → `*`, `foo-[id]` → `foo-*`,
 * catch-alls `[...slug]` and optional `[[...slug]]` / `[[lang]]` → `**` (they may match no
 * segment at all). Remix spells them `$id` and a bare `$`.
 */
export function bracketSegment(segment: string): string {
  if (/^\[\[.*\]\]$/.test(segment) || /^\[\.\.\..*\]$/.test(segment) || segment === '$') return '**';
  if (/^\$[\w-]+$/.test(segment)) return '*';
  return segment.replace(/\[[^\]]*\]/g, '*');
}
