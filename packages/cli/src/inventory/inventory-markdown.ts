import type { Inventory } from './inventory.js';

const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (s: string) => (s.includes('`') ? `\`\` ${cell(s)} \`\`` : `\`${cell(s)}\``);
const sensitive = (reasons: readonly string[]) => (reasons.length ? `**yes**: ${cell(reasons.join('; '))}` : 'no');

/** The inventory as Markdown, for a DPIA annex or a wiki page. */
export function inventoryMarkdown(inv: Inventory): string {
  const reachedSensitive = new Set(inv.trackers.flatMap((t) => t.routes.filter((r) => r.sensitive.length > 0).map((r) => r.route)));
  const out = [
    '# Tracker inventory',
    '',
    `Project ${code(inv.root)}: ${inv.trackers.length} tracker${inv.trackers.length === 1 ? '' : 's'} found, ${inv.routes.length} routes mapped, ${reachedSensitive.size} sensitive route${reachedSensitive.size === 1 ? '' : 's'} reached by a tracker.`,
    '',
  ];
  if (inv.trackers.length === 0) out.push('No tracker was found.', '');
  for (const t of inv.trackers) {
    const all = new Set(t.routes.map((r) => r.route)).size;
    const hits = new Set(t.routes.filter((r) => r.sensitive.length > 0).map((r) => r.route)).size;
    out.push(`## ${t.name} (${code(t.id)})`, '', `Vendor: ${t.vendor}. Category: ${t.category}. Runs on ${all} route${all === 1 ? '' : 's'}, ${hits} of them sensitive.`, '');
    out.push('| route | sensitive | allowed by config | how the code reaches it |', '|---|---|---|---|');
    for (const r of t.routes) out.push(`| ${code(r.route)} | ${sensitive(r.sensitive)} | ${r.allowed === undefined ? '—' : cell(r.allowed)} | ${code(r.proof)} |`);
    out.push('', '| where | activity | certainty | evidence |', '|---|---|---|---|');
    for (const d of t.detections) out.push(`| ${code(`${d.file}:${d.line}:${d.column}`)} | ${d.kind} | ${d.certainty} | ${code(d.evidence)} |`);
    out.push('');
  }
  out.push('## Routes', '', '| route | file | sensitive | trackers |', '|---|---|---|---|');
  for (const r of inv.routes) out.push(`| ${code(r.route)} | ${code(r.owner)} | ${sensitive(r.sensitive)} | ${r.trackers.map(code).join(', ') || '—'} |`);
  return `${out.join('\n')}\n`;
}
