import { applySuppressions } from '../findings/apply-suppressions.js';
import { suppressionFinding } from '../findings/suppression-finding.js';
import { ruleDocs, type Rule } from './rule.js';

const id = 'unused-suppression';

export const unusedSuppression: Rule = {
  meta: {
    id,
    description: 'An inline pixel-patrol-disable-next-line comment suppresses nothing: the finding it was for is gone, or it names the wrong rule or line.',
    defaultSeverity: 'warn',
    docs: ruleDocs(id),
    phase: 'review',
  },
  check(input) {
    const { unused } = applySuppressions(input.findings ?? [], input.suppressions ?? []);
    return unused.map((s) =>
      suppressionFinding(
        id,
        input.config.rules[id] ?? 'warn',
        s,
        s.rules.length === 0
          ? 'Suppression names no rule: write "pixel-patrol-disable-next-line RULE -- reason"'
          : `Unused suppression: no ${s.rules.join(' or ')} finding starts on line ${s.target}`,
      ),
    );
  },
};
