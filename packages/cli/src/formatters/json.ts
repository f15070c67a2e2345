import type { Finding } from '@pixel-patrol/core';
import { displayPath } from './display-path.js';
import type { Formatter } from './formatter.js';
import { countFindings } from './summary-line.js';

/** Fixed key order, so the document does not depend on how a rule happened to build its finding. */
function finding(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    ...(f.tracker !== undefined ? { tracker: f.tracker } : {}),
    ...(f.activation !== undefined ? { activation: f.activation } : {}),
    ...(f.certainty !== undefined ? { certainty: f.certainty } : {}),
    ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
    routes: (f.routes ?? []).map((r) => ({
      route: r.route,
      sensitive: r.sensitive.map((s) => ({ source: s.source, match: s.match, origin: s.origin })),
      chain: r.chain.map((l) => ({
        file: l.file,
        ...(l.via !== undefined ? { via: l.via } : {}),
        ...(l.line !== undefined ? { line: l.line, column: l.column } : {}),
      })),
      proof: r.proof,
    })),
    fingerprint: f.fingerprint,
  };
}

/** Stable, documented JSON (docs/output-json.md): version, findings, every file's state, summary. */
export const json: Formatter = (findings, context) => {
  const { result } = context;
  const doc = {
    version: 1,
    findings: findings.map(finding),
    files: result.files.map((f) => ({
      path: displayPath(context, f.path),
      kind: f.kind,
      state: f.state,
      ...(f.reason !== undefined ? { reason: f.reason } : {}),
    })),
    summary: { ...countFindings(findings), baselined: context.baselined ?? 0, files: result.stats.files },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
