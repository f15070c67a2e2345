import type { Inventory } from './inventory.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const sensitive = (reasons: readonly string[]) => (reasons.length ? `<td class="sensitive">yes: ${esc(reasons.join('; '))}</td>` : '<td>no</td>');

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}code{font:13px ui-monospace,monospace;word-break:break-all}.sensitive{background:#fde8e8;color:#8a1c1c;font-weight:600}`;

/** The inventory as one self-contained HTML page (no external assets), for a DPO. */
export function inventoryHtml(inv: Inventory): string {
  const body: string[] = [`<h1>Tracker inventory</h1>`, `<p>Project <code>${esc(inv.root)}</code>: ${inv.trackers.length} trackers found, ${inv.routes.length} routes mapped.</p>`];
  if (inv.trackers.length === 0) body.push('<p>No tracker was found.</p>');
  for (const t of inv.trackers) {
    body.push(`<section id="${esc(t.id)}"><h2>${esc(t.name)} <code>${esc(t.id)}</code></h2>`, `<p>Vendor: ${esc(t.vendor)}. Category: ${esc(t.category)}.</p>`);
    body.push('<table><thead><tr><th>route</th><th>sensitive</th><th>allowed by config</th><th>how the code reaches it</th></tr></thead><tbody>');
    for (const r of t.routes) {
      body.push(`<tr><td><code>${esc(r.route)}</code></td>${sensitive(r.sensitive)}<td>${r.allowed === undefined ? '—' : esc(r.allowed)}</td><td><code>${esc(r.proof)}</code></td></tr>`);
    }
    body.push('</tbody></table>', '<table><thead><tr><th>where</th><th>activity</th><th>certainty</th><th>evidence</th></tr></thead><tbody>');
    for (const d of t.detections) {
      body.push(`<tr><td><code>${esc(`${d.file}:${d.line}:${d.column}`)}</code></td><td>${d.kind}</td><td>${d.certainty}</td><td><code>${esc(d.evidence)}</code></td></tr>`);
    }
    body.push('</tbody></table></section>');
  }
  body.push('<h2>Routes</h2><table><thead><tr><th>route</th><th>file</th><th>sensitive</th><th>trackers</th></tr></thead><tbody>');
  for (const r of inv.routes) {
    body.push(`<tr><td><code>${esc(r.route)}</code></td><td><code>${esc(r.owner)}</code></td>${sensitive(r.sensitive)}<td>${r.trackers.map((t) => `<a href="#${esc(t)}">${esc(t)}</a>`).join(', ') || '—'}</td></tr>`);
  }
  body.push('</tbody></table>');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Tracker inventory</title><style>${STYLE}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
