import { basename } from 'node:path';
import { allowExpired } from '../config/allow-expired.js';
import type { FindingDraft } from '../findings/finding.js';
import { ruleDocs, type Rule } from './rule.js';

const id = 'expired-allow';

export const expiredAllow: Rule = {
  meta: {
    id,
    description: 'An `allow` exception in the config has passed its `expires` date: renew it deliberately or remove it.',
    defaultSeverity: 'error',
    docs: ruleDocs(id),
  },
  check(input) {
    const file = input.config.file;
    if (file === null) return [];
    return input.config.allow
      .filter((a) => allowExpired(a, input.now))
      .map((a): FindingDraft => {
        const at = a.expiresAt ?? { line: 1, column: 1 };
        return {
          ruleId: id,
          severity: input.config.rules[id] ?? 'error',
          // The project root is the config file's folder, so its project-relative path is its name.
          file: basename(file),
          line: at.line,
          column: at.column,
          endLine: at.line,
          endColumn: at.column,
          message: `The exception for ${a.tracker} on ${a.routes.join(', ')} expired on ${a.expires!} ("${a.reason}"); it no longer applies`,
          tracker: a.tracker === '*' ? undefined : a.tracker,
        };
      });
  },
};
