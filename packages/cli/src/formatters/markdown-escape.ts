/**
 * Makes arbitrary text literal in GitHub/GitLab Markdown, inside or outside a table cell: route
 * globs like `/report/**` must not turn bold, and HTML in a message must not render.
 */
export function markdownEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}
