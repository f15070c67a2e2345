import type { Finding } from '@pixel-patrol/core';
import pc from 'picocolors';
import type { Formatter } from './formatter.js';
import { countFindings, summaryLine } from './summary-line.js';

/** ESLint-like output grouped by file, with the reach chain under each finding. */
export const stylish: Formatter = (findings, context) => {
  const c = pc.createColors(context.color);
  const baselined = context.baselined ? ` ${context.baselined} known finding${context.baselined === 1 ? '' : 's'} accepted by the baseline.` : '';
  if (findings.length === 0 && context.hidden) return `${c.green('✔')} No errors (${context.hidden} below error level not shown: --quiet).${baselined}\n`;
  if (findings.length === 0) return `${c.green('✔')} No trackers on sensitive routes (${context.result.stats.files.scanned} files checked).${baselined}\n`;
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push('', c.underline(file));
    for (const f of list) {
      const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warn' ? c.yellow('warning') : c.blue('info');
      out.push(`  ${c.dim(`${f.line}:${f.column}`)}  ${sev}  ${f.message}  ${c.dim(f.ruleId)}`);
      const routes = f.routes ?? [];
      for (const r of routes.slice(0, 3)) out.push(`      ${c.dim('reach:')} ${r.proof}`);
      if (routes.length > 3) out.push(`      ${c.dim(`… and ${routes.length - 3} more routes`)}`);
    }
  }
  const { errors } = countFindings(findings);
  out.push('', (errors > 0 ? c.red : c.yellow)(c.bold(`✖ ${summaryLine(findings)}`)) + baselined);
  return `${out.join('\n')}\n`;
};
