import type { FindingDraft } from '../findings/finding.js';
import { ruleDocs, type Rule } from './rule.js';

const id = 'parse-error';

export const parseError: Rule = {
  meta: {
    id,
    description: 'A file could not be parsed; it was token-scanned instead, so findings in it are less certain.',
    defaultSeverity: 'warn',
    docs: ruleDocs(id),
  },
  check(input) {
    return input.files
      .filter((f) => f.state === 'parse-failed')
      .map(
        (f): FindingDraft => ({
          ruleId: id,
          severity: input.config.rules[id] ?? 'warn',
          file: f.path,
          line: f.line ?? 1,
          column: f.column ?? 1,
          endLine: f.line ?? 1,
          endColumn: f.column ?? 1,
          message: `Could not parse this file (${f.reason ?? 'unknown error'}); it was token-scanned for trackers instead`,
        }),
      );
  },
};
