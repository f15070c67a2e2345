import type { Finding } from '@pixel-patrol/core';
import pc from 'picocolors';
import type { Formatter } from './formatter.js';

/** ESLint-like output grouped by file, with the reach chain under each finding. */
export const stylish: Formatter = (findings, context) => {
  const c = pc.createColors(context.color);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const [file, list] of byFile) {
    out.push('', c.underline(file));
    for (const f of list) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warn') warnings++;
      const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warn' ? c.yellow('warning') : c.blue('info');
      out.push(`  ${c.dim(`${f.line}:${f.column}`)}  ${sev}  ${f.message}  ${c.dim(f.ruleId)}`);
      const routes = f.routes ?? [];
      for (const r of routes.slice(0, 3)) out.push(`      ${c.dim('reach:')} ${r.proof}`);
      if (routes.length > 3) out.push(`      ${c.dim(`… and ${routes.length - 3} more routes`)}`);
    }
  }
  const total = errors + warnings;
  if (findings.length === 0) return `${c.green('✔')} No trackers on sensitive routes (${context.result.stats.files.scanned} files checked).\n`;
  out.push(
    '',
    (errors > 0 ? c.red : c.yellow)(
      c.bold(`✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`),
    ),
  );
  return `${out.join('\n')}\n`;
};
