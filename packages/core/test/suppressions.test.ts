import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { parseSuppressions } from '../src/findings/parse-suppressions.js';
import { LineIndex } from '../src/source/line-index.js';

const RULE = 'no-tracker-on-sensitive-route';

function parse(path: string, text: string) {
  return parseSuppressions(path, new LineIndex(text)).map(({ line, column, rules, reason, target }) => ({ line, column, rules, reason, target }));
}

describe('parseSuppressions: the directive in every comment syntax', () => {
  const cases: Array<[string, string, string]> = [
    ['app.js', 'js line comment', `// pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1`],
    ['app.js', 'js block comment', `/* pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 */`],
    ['App.tsx', 'jsx comment', `{/* pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 */}`],
    ['index.html', 'html comment', `<!-- pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 -->`],
    ['page.njk', 'jinja/twig/nunjucks comment', `{# pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 #}`],
    ['page.liquid', 'liquid comment', `{% comment %} pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 {% endcomment %}`],
    ['page.hbs', 'handlebars comment', `{{!-- pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 --}}`],
    ['page.hbs', 'short handlebars comment', `{{! pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 }}`],
    ['page.erb', 'erb/ejs comment', `<%# pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 %>`],
    ['page.tpl', 'smarty comment', `{* pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1 *}`],
    ['page.php', 'php line comment', `// pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1`],
    ['page.php', 'php hash comment', `# pixel-patrol-disable-next-line ${RULE} -- approved in DPIA-1`],
  ];
  for (const [path, name, comment] of cases) {
    it(name, () => {
      // The position is the comment opener's: inside JSX's braces for `{/* */}`.
      const column = comment.startsWith('{/*') ? 4 : 3;
      expect(parse(path, `first line\n  ${comment}\n  tracked();\n`)).toEqual([{ line: 2, column, rules: [RULE], reason: 'approved in DPIA-1', target: 3 }]);
    });
  }

  it('reads several rules and no reason', () => {
    expect(parse('a.js', `// pixel-patrol-disable-next-line ${RULE}, parse-error\nx();`)).toEqual([{ line: 1, column: 1, rules: [RULE, 'parse-error'], reason: undefined, target: 2 }]);
    expect(parse('a.html', `<!-- pixel-patrol-disable-next-line ${RULE} -->\n<img>`)).toEqual([{ line: 1, column: 1, rules: [RULE], reason: undefined, target: 2 }]);
    expect(parse('a.html', `<!-- pixel-patrol-disable-next-line ${RULE} -- -->\n<img>`)).toEqual([{ line: 1, column: 1, rules: [RULE], reason: undefined, target: 2 }]);
  });

  it('targets the line after a block comment that spans lines', () => {
    expect(parse('a.js', `/* pixel-patrol-disable-next-line ${RULE} -- old pixel\n   being removed */\nfbq('init', '1');`)).toEqual([
      { line: 1, column: 1, rules: [RULE], reason: 'old pixel', target: 3 },
    ]);
  });

  it('ignores the words outside a comment, and # where it is no comment', () => {
    expect(parse('a.js', `const note = "see pixel-patrol-disable-next-line ${RULE}";`)).toEqual([]);
    expect(parse('a.html', `<p>Use pixel-patrol-disable-next-line ${RULE} -- to suppress</p>`)).toEqual([]);
    expect(parse('a.html', `<p># pixel-patrol-disable-next-line ${RULE} -- x</p>`)).toEqual([]);
  });

  it('keeps a directive with no rule, so it can be reported', () => {
    expect(parse('a.js', '// pixel-patrol-disable-next-line\nx();')).toEqual([{ line: 1, column: 1, rules: [], reason: undefined, target: 2 }]);
  });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-suppress-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const CONFIG = JSON.stringify({ sensitive: { routes: ['/report/**'] } });

describe('suppressions in a scan', () => {
  it('suppresses the finding on the next line, warns about a missing reason and reports unused ones', async () => {
    const dir = project({
      'pixel-patrol.config.json': CONFIG,
      'index.html': '<html><body>Home</body></html>\n',
      'report/index.html': [
        '<html><head>',
        '<script>',
        `// pixel-patrol-disable-next-line ${RULE} -- init kept for the consent banner test (DPIA-7)`,
        "fbq('init', '418273645501234');",
        "fbq('track', 'PageView');",
        '</script>',
        `<!-- pixel-patrol-disable-next-line ${RULE} -->`,
        '<noscript><img src="https://www.facebook.com/tr?id=418273645501234&ev=PageView&noscript=1"></noscript>',
        `<!-- pixel-patrol-disable-next-line no-tracker-on-sensitve-route -- typo in the rule id -->`,
        '<p>Report a crime</p>',
        '</head></html>',
        '',
      ].join('\n'),
    });
    const result = await analyze({ cwd: dir, paths: ['.'] });
    expect(result.findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.severity, f.message])).toEqual([
      [
        'report/index.html',
        4,
        1,
        'no-automatic-event-capture',
        'error',
        "Meta Pixel is initialised on sensitive route /report/ with automatic events (the text of clicked buttons and page metadata) left on: call set('autoConfig', false, id) before init to turn it off",
      ],
      ['report/index.html', 5, 1, RULE, 'error', 'Meta Pixel sends event "PageView" and runs on sensitive route /report/ (sensitive.routes "/report/**")'],
      [
        'report/index.html',
        7,
        1,
        'suppression-without-reason',
        'warn',
        `Suppression of ${RULE} gives no reason: write "-- why this is acceptable" after the rule`,
      ],
      ['report/index.html', 9, 1, 'unused-suppression', 'warn', 'Unused suppression: no no-tracker-on-sensitve-route finding starts on line 10'],
    ]);
  });

  it('reports a suppression whose finding is gone, and one for a rule that is off', async () => {
    const dir = project({
      'pixel-patrol.config.json': JSON.stringify({ sensitive: { routes: ['/report/**'] }, rules: { 'parse-error': 'off' } }),
      'index.html': '<html><body>Home</body></html>\n',
      'report/index.html': `<script>\n// pixel-patrol-disable-next-line ${RULE} -- pixel removed\nconsole.log('no tracker');\n// pixel-patrol-disable-next-line parse-error -- broken on purpose\nfoo(;\n</script>\n`,
    });
    const result = await analyze({ cwd: dir, paths: ['.'] });
    expect(result.findings.map((f) => [f.line, f.ruleId, f.message])).toEqual([
      [2, 'unused-suppression', `Unused suppression: no ${RULE} finding starts on line 3`],
      [4, 'unused-suppression', 'Unused suppression: no parse-error finding starts on line 5'],
    ]);
  });

  it('reads suppressions only in files a front end reads: a README that explains them is no code', async () => {
    const dir = project({
      'pixel-patrol.config.json': CONFIG,
      'index.html': '<html><body>Home</body></html>\n',
      'README.md': `Silence a finding:\n\n    <!-- pixel-patrol-disable-next-line ${RULE} -- reason -->\n`,
    });
    expect((await analyze({ cwd: dir, paths: ['.'] })).findings).toEqual([]);
  });

  it('can turn the suppression rules off', async () => {
    const dir = project({
      'pixel-patrol.config.json': JSON.stringify({ sensitive: { routes: ['/report/**'] }, rules: { 'unused-suppression': 'off', 'suppression-without-reason': 'off' } }),
      'report/index.html': `<!-- pixel-patrol-disable-next-line ${RULE} -->\n<p>nothing here</p>\n`,
    });
    expect((await analyze({ cwd: dir, paths: ['.'] })).findings).toEqual([]);
  });
});
