import { suppressionFinding } from '../findings/suppression-finding.js';
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
      .map((s) =>
        suppressionFinding(id, input.config.rules[id] ?? 'warn', s, `Suppression of ${s.rules.join(', ')} gives no reason: write "-- why this is acceptable" after the rule`),
      );
  },
};
