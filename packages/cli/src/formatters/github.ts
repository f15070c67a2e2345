import type { Finding } from '@pixel-patrol/core';
import type { Formatter } from './formatter.js';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** Workflow-command escaping: the message may not break the line, a property may not end the list. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    `col=${f.column}`,
    ...(f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(`pixel-patrol ${f.ruleId}`)}`,
  ];
  const reach = (f.routes ?? []).slice(0, 3).map((r) => `\nreach: ${r.proof}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.message}${reach.join('')}`)}`;
}

/**
 * GitHub Actions annotations, one workflow command per finding. The job summary is the `markdown`
 * format; the scan command writes it to `$GITHUB_STEP_SUMMARY`.
 */
export const github: Formatter = (findings) => (findings.length === 0 ? '' : `${findings.map(annotation).join('\n')}\n`);
