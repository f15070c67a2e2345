import type { Formatter } from './formatter.js';

/** Stable, documented JSON (docs/output-json.md): version, findings, file states and stats. */
export const json: Formatter = (findings, context) => {
  const { result } = context;
  const doc = {
    version: 1,
    findings,
    files: result.files.map((f) => ({ path: f.path, kind: f.kind, state: f.state, ...(f.reason ? { reason: f.reason } : {}) })),
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warn').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      files: result.stats.files,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
