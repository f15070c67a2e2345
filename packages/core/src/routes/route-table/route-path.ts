/**
 * A router path as a route pattern: `:id` → `*`; splats (`*`, `:rest*`, `:pathMatch(.*)*`) and
 * optional params (`:lang?`) → `**`, since they may match any number of segments. Relative child
 * paths join their parent's.
 */
export function routePath(path: string, parent: string): string {
  const joined = path.startsWith('/') ? path : `${parent.replace(/\/$/, '')}/${path}`;
  const segments = joined.split('/').filter((s) => s !== '');
  const out = segments.map((s) => {
    if (s === '*' || s === '**' || /^:.*(?:[?*+]|\(\.\*\))$/.test(s)) return '**';
    if (s.startsWith(':')) return '*';
    return s.replace(/:[\w]+/g, '*');
  });
  return `/${out.join('/')}`;
}
