import type { FindingDraft } from '../findings/finding.js';
import { ruleDocs, type Rule } from './rule.js';

const id = 'suppression-without-reason';

export const suppressionWithoutReason: Rule = {
  meta: {
    id,
    description: 'An inline pixel-patrol-disable-next-line comment gives no reason after "--".',
    defaultSeverity: 'warn',
    docs: ruleDocs(id),
  },
  check(input) {
    return (input.suppressions ?? [])
      .filter((s) => s.rules.length > 0 && !s.reason)
      .map(
        (s): FindingDraft => ({
          ruleId: id,
          severity: input.config.rules[id] ?? 'warn',
          file: s.file,
          line: s.line,
          column: s.column,
          endLine: s.endLine,
          endColumn: s.endColumn,
          message: `Suppression of ${s.rules.join(', ')} gives no reason: write "-- why this is acceptable" after the rule`,
        }),
      );
  },
};
