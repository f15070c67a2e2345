import type { Finding } from '@pixel-patrol/core';
import type { Formatter } from './formatter.js';
import { markdownEscape as md } from './markdown-escape.js';
import { countFindings, summaryLine } from './summary-line.js';

/** GitHub rejects comments over 65,536 characters; a few hundred rows stay well under it. */
const MAX_ROWS = 200;
const ICON = { error: '🔴 error', warn: '🟡 warning', info: '🔵 info' } as const;

function row(f: Finding): string {
  const reach = (f.routes ?? []).map((r) => md(r.proof)).join('<br>') || '—';
  return `| ${ICON[f.severity]} | ${md(f.file)}:${f.line}:${f.column} | ${md(f.message)} | ${md(f.tracker ?? '—')} | ${reach} | ${md(f.ruleId)} |`;
}

/** A pull-request comment (and the GitHub job summary): verdict, then one table row per finding. */
export const markdown: Formatter = (findings, context) => {
  // The marker lets a CI job find and update its earlier comment instead of adding another.
  const out = ['<!-- pixel-patrol report -->', '## pixel-patrol', ''];
  const baselined = context.baselined ? ` ${context.baselined} known finding${context.baselined === 1 ? '' : 's'} accepted by the baseline.` : '';
  if (findings.length === 0 && context.hidden) {
    out.push(`✅ No errors (${context.hidden} below error level not shown: --quiet).${baselined}`, '');
    return out.join('\n');
  }
  if (findings.length === 0) {
    out.push(`✅ No trackers on sensitive routes (${context.result.stats.files.scanned} files checked).${baselined}`, '');
    return out.join('\n');
  }
  const { errors } = countFindings(findings);
  out.push(`${errors > 0 ? '❌' : '⚠️'} **${summaryLine(findings)}**.${baselined}`, '');
  out.push('| severity | location | finding | tracker | reach | rule |', '|---|---|---|---|---|---|');
  out.push(...findings.slice(0, MAX_ROWS).map(row));
  if (findings.length > MAX_ROWS) out.push('', `… and ${findings.length - MAX_ROWS} more: see the full report in the job output.`);
  out.push('');
  return out.join('\n');
};
