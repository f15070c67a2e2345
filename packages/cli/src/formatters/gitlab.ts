import type { Finding } from '@pixel-patrol/core';
import type { Formatter } from './formatter.js';

/** GitLab's Code Quality scale: a tracker leaking a visit to a sensitive page is critical. */
const SEVERITY = { error: 'critical', warn: 'minor', info: 'info' } as const;

function issue(f: Finding) {
  const routes = f.routes ?? [];
  return {
    type: 'issue',
    check_name: f.ruleId,
    description: f.message,
    ...(routes.length > 0 ? { content: { body: routes.map((r) => `reach: ${r.proof}`).join('\n') } } : {}),
    categories: ['Security'],
    severity: SEVERITY[f.severity],
    fingerprint: f.fingerprint,
    location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
  };
}

/** GitLab Code Quality report (the `codequality` artifact): a JSON array of issues. */
export const gitlab: Formatter = (findings) => `${JSON.stringify(findings.map(issue), null, 2)}\n`;
