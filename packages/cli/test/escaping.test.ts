import { formatters } from '@pixel-patrol/cli';
import { analyze, type Finding } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/run.js';

const hostile: Finding = {
  ruleId: 'parse-error',
  severity: 'warn',
  file: 'a|b_c.html',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  message: 'Could not parse <img src=x onerror=alert(1)> & *this* | `that` \u0001 [link](http://x)\nnext',
  fingerprint: 'ffffffffffffffffffffffffffffffff',
};

describe('escaping in text formats', async () => {
  const result = await analyze({ cwd: REPO, paths: ['fixtures/police-site-static-fixed'] });
  const context = { cwd: REPO, color: false, result };

  it('markdown: a message stays one literal table cell', () => {
    const row = formatters.markdown!([hostile], context).split('\n').find((l) => l.startsWith('| 🟡'));
    expect(row).toBe(
      '| 🟡 warning | a\\|b\\_c.html:1:1 | Could not parse &lt;img src=x onerror=alert(1)&gt; &amp; \\*this\\* \\| \\`that\\` \u0001 \\[link\\](http://x) next | — | — | parse-error |',
    );
  });

  it('junit: markup is escaped and characters XML cannot carry are replaced', () => {
    const xml = formatters.junit!([hostile], context);
    expect(xml).toContain(
      'message="Could not parse &lt;img src=x onerror=alert(1)&gt; &amp; *this* | `that` \uFFFD [link](http://x) next"',
    );
    expect(xml).not.toContain('\u0001');
  });
});
