/** Browsers drop line breaks in URLs; in a template, blanked tags leave spaces in the query. */
export function compactUrl(url: string): string {
  return url.trim().replace(/\s+/g, '');
}
