import type { FindingDraft } from '../findings/finding.js';
import { ruleDocs, type Rule } from './rule.js';

const id = 'unreadable-file';

export const unreadableFile: Rule = {
  meta: {
    id,
    description: 'A file could not be read, so it was not checked: the gate fails rather than pass unchecked code.',
    defaultSeverity: 'error',
    docs: ruleDocs(id),
  },
  check(input) {
    return input.files
      .filter((f) => f.state === 'unreadable')
      .map(
        (f): FindingDraft => ({
          ruleId: id,
          severity: input.config.rules[id] ?? 'error',
          file: f.path,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: `Could not read this file (${f.reason ?? 'unknown error'}); it was not checked`,
        }),
      );
  },
};
