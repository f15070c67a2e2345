import { docsUrl, rules, trackerById, VIA_WORDS, type Finding, type FindingRoute } from '@pixel-patrol/core';
import { codeFrame } from './code-frame.js';
import { displayPath } from './display-path.js';
import type { FormatContext, Formatter } from './formatter.js';
import { HTML_STYLE } from './html-style.js';
import { countFindings, summaryLine } from './summary-line.js';
import { xmlEscape as h } from './xml-escape.js';

function chain(route: FindingRoute, context: FormatContext): string {
  const steps = route.chain.map((l, i) => {
    const where = l.line !== undefined ? `:${l.line}:${l.column ?? 1}` : '';
    const verb = i === 0 ? 'the evidence is in' : (l.via ? VIA_WORDS[l.via] : 'used by');
    return `<li>${h(verb)} <code>${h(displayPath(context, l.file))}${h(where)}</code></li>`;
  });
  return `<ol class="chain">${steps.join('')}<li>which serves <code>${h(route.route)}</code></li></ol>`;
}

function ruleDocsUrl(id: string): string {
  return docsUrl(rules.find((r) => r.meta.id === id)?.meta.docs ?? 'docs/rules/');
}

function frame(f: Finding, context: FormatContext): string {
  const text = context.sources?.get(f.file);
  if (text === undefined) return '';
  const lines = codeFrame(text, f).map((l) => `<span${l.marked ? ' class="hit"' : ''}><b>${l.number}</b>${h(l.text)}</span>`);
  return `<pre class="frame">${lines.join('')}</pre>`;
}

function article(f: Finding, route: FindingRoute | undefined, context: FormatContext): string {
  const facts = [
    `<code>${h(f.file)}:${f.line}:${f.column}</code>`,
    `rule <a href="${h(ruleDocsUrl(f.ruleId))}"><code>${h(f.ruleId)}</code></a>`,
    ...(f.tracker ? [`tracker <code>${h(f.tracker)}</code>`] : []),
    ...(f.activation ? [`activation ${h(f.activation)}`] : []),
    ...(f.certainty ? [`certainty ${h(f.certainty)}`] : []),
  ];
  return [
    `<article class="finding ${f.severity}" data-fingerprint="${h(f.fingerprint)}">`,
    `<h4><span class="sev">${h(f.severity)}</span>${h(f.message)}</h4>`,
    `<p class="meta">${facts.join(' · ')}</p>`,
    route ? chain(route, context) : '',
    frame(f, context),
    '</article>',
  ].join('\n');
}

function byRoute(findings: readonly Finding[]): Map<string, Array<{ finding: Finding; route: FindingRoute }>> {
  const groups = new Map<string, Array<{ finding: Finding; route: FindingRoute }>>();
  for (const finding of findings) {
    for (const route of finding.routes ?? []) {
      const list = groups.get(route.route) ?? [];
      list.push({ finding, route });
      groups.set(route.route, list);
    }
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function exceptions(context: FormatContext): string {
  const allow = context.result.config.allow;
  if (allow.length === 0) return '<p>None.</p>';
  const rows = allow.map(
    (a) => `<tr><td><code>${h(a.tracker)}</code></td><td>${a.routes.map((r) => `<code>${h(r)}</code>`).join('<br>')}</td><td>${h(a.reason)}</td><td>${h(a.expires ?? 'never')}</td></tr>`,
  );
  return `<table><thead><tr><th>tracker</th><th>routes</th><th>reason</th><th>expires</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function inventory(context: FormatContext): string {
  const ids = [...new Set(context.result.detections.map((d) => d.tracker))].sort();
  if (ids.length === 0) return '<p>No tracker code was found.</p>';
  const rows = ids.map((id) => {
    const t = trackerById(id);
    const detections = context.result.detections.filter((d) => d.tracker === id);
    const files = [...new Set(detections.map((d) => displayPath(context, d.file)))].sort();
    const routes = context.result.routes
      .filter((r) => r.trackers.includes(id))
      .map((r) => (r.sensitive.length > 0 ? `<span class="sensitive">${h(r.pattern)} (sensitive)</span>` : h(r.pattern)));
    return `<tr><td>${h(t?.name ?? id)}<br><code>${h(id)}</code></td><td>${h(t?.category ?? 'unknown')}</td><td>${detections.length}</td><td>${files.map((f) => `<code>${h(f)}</code>`).join('<br>')}</td><td>${[...new Set(routes)].join('<br>') || 'no known route'}</td></tr>`;
  });
  return `<table><thead><tr><th>tracker</th><th>category</th><th>evidence</th><th>files</th><th>routes it runs on</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/**
 * A self-contained evidence report for a data-protection officer: findings grouped by sensitive
 * route with the chain and the code that prove them, then every tracker found. A strict CSP and no
 * scripts: the report can be opened from an email attachment safely.
 */
export const html: Formatter = (findings, context) => {
  const groups = byRoute(findings);
  const other = findings.filter((f) => (f.routes ?? []).length === 0);
  const { errors } = countFindings(findings);
  const verdict = findings.length === 0 ? `No trackers on sensitive routes (${context.result.stats.files.scanned} files checked)` : summaryLine(findings);
  const baselined = context.baselined ? `<p>${context.baselined} known finding(s) accepted by the baseline are not shown.</p>` : '';
  const sections: string[] = [];
  for (const [route, items] of groups) {
    const why = items[0]!.route.sensitive.map((s) => `${s.origin} “${s.match}”`).join('; ');
    sections.push(`<section class="route"><h3>Sensitive route <code>${h(route)}</code></h3><p class="why">Sensitive because of ${h(why)}. ${items.length} finding(s).</p>`);
    sections.push(...items.map((i) => article(i.finding, i.route, context)), '</section>');
  }
  const files = Object.entries(context.result.stats.files).map(([state, n]) => `<tr><td>${h(state)}</td><td>${n}</td></tr>`);
  return `${[
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>pixel-patrol evidence report</title>',
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header><h1>pixel-patrol evidence report</h1>',
    `<p class="verdict ${errors > 0 ? 'fail' : 'pass'}">${h(verdict)}</p>${baselined}</header>`,
    '<main>',
    '<h2 id="routes">Findings by sensitive route</h2>',
    groups.size > 0 ? sections.join('\n') : '<p>No tracker reaches a sensitive route.</p>',
    ...(other.length > 0 ? ['<h2 id="other">Other findings</h2>', ...other.map((f) => article(f, undefined, context))] : []),
    '<h2 id="inventory">Tracker inventory</h2>',
    inventory(context),
    '<h2 id="exceptions">Accepted exceptions (config <code>allow</code>)</h2>',
    exceptions(context),
    '<h2 id="files">Files</h2>',
    `<table><thead><tr><th>state</th><th>files</th></tr></thead><tbody>${files.join('')}</tbody></table>`,
    `<p>Rule documentation: <a href="${h(docsUrl('docs/rules/'))}">${h(docsUrl('docs/rules/'))}</a></p>`,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
};
