import type { Finding } from '@pixel-patrol/core';

export interface GateVerdict {
  exitCode: 0 | 1;
  /** Set when the warnings alone failed the gate, so the CLI can say why. */
  tooManyWarnings?: { warnings: number; max: number };
}

/**
 * Exit 1 on any error-level finding or more warnings than `maxWarnings` (-1: no limit). Counts
 * every finding, not only the printed ones: `--quiet` hides warnings but never lets them through.
 */
export function gate(findings: readonly Finding[], maxWarnings: number): GateVerdict {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warn').length;
  const tooMany = maxWarnings >= 0 && warnings > maxWarnings;
  return { exitCode: errors > 0 || tooMany ? 1 : 0, ...(tooMany ? { tooManyWarnings: { warnings, max: maxWarnings } } : {}) };
}
