import type { Finding } from '@pixel-patrol/core';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warn') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `18 problems (18 errors, 0 warnings)`, the wording every human-facing format shares. */
export function summaryLine(findings: readonly Finding[]): string {
  const c = countFindings(findings);
  return `${plural(findings.length, 'problem')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}${c.infos ? `, ${plural(c.infos, 'info')}` : ''})`;
}
