import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { COUNCIL, FIXTURES } from './helpers.js';
import { eslintFor, lintFolder } from './lint-fixture.js';

const onReport = (what: string) => `Meta Pixel ${what} and runs on sensitive route /report/ (sensitive.routes "/report/**")`;
const anywhere = 'may run on any route (no route is known for this file), including sensitive /report/** (sensitive.routes "/report/**")';

describe('ESLint with the recommended config over a fixture app', () => {
  it('reports the council site, including js/pixel.js and js/form-steps.js, flagged only because the report page loads or imports them', async () => {
    expect(await lintFolder(COUNCIL)).toEqual([
      // Flagged only because a module the report page loads imports it.
      { file: 'js/form-steps.js', line: 4, column: 3, ruleId: 'pixel-patrol/no-tracker-on-sensitive-route', severity: 2, message: onReport('sends event "FormStep"') },
      { file: 'js/pixel.js', line: 6, column: 19, ruleId: 'pixel-patrol/no-tracker-on-sensitive-route', severity: 2, message: onReport('is loaded') },
      {
        file: 'js/pixel.js',
        line: 7,
        column: 1,
        ruleId: 'pixel-patrol/no-automatic-event-capture',
        severity: 2,
        message:
          "Meta Pixel is initialised on sensitive route /report/ with automatic events (the text of clicked buttons and page metadata) left on: call set('autoConfig', false, id) before init to turn it off",
      },
      { file: 'js/pixel.js', line: 7, column: 1, ruleId: 'pixel-patrol/no-tracker-on-sensitive-route', severity: 2, message: onReport('is initialised with id 771203948812345') },
      { file: 'js/pixel.js', line: 8, column: 1, ruleId: 'pixel-patrol/no-tracker-on-sensitive-route', severity: 2, message: onReport('sends event "PageView"') },
      {
        file: 'report/index.html',
        line: 20,
        column: 9,
        ruleId: 'pixel-patrol/no-sensitive-data-in-tracker-event',
        severity: 2,
        message: 'Meta Pixel event "ReportCrime" sends details (a form field) on sensitive route /report/',
      },
      { file: 'report/index.html', line: 20, column: 9, ruleId: 'pixel-patrol/no-tracker-on-sensitive-route', severity: 2, message: onReport('sends event "ReportCrime"') },
      {
        file: 'src/download-tracking.ts',
        line: 13,
        column: 3,
        ruleId: 'pixel-patrol/no-sensitive-data-in-tracker-event',
        severity: 2,
        message: 'Meta Pixel event "Lead" sends em (identity), file (the page URL) on sensitive route /**',
      },
      { file: 'src/download-tracking.ts', line: 13, column: 3, ruleId: 'pixel-patrol/no-tracker-on-sensitive-route', severity: 2, message: `Meta Pixel sends event "Lead" and ${anywhere}` },
    ]);
  });

  it('leaves code blocks that another processor extracts (Markdown samples) alone', async () => {
    const markdown: Linter.Processor = {
      preprocess: (text) => [{ text: text.replace(/^[^]*?```js\n([^]*?)```[^]*$/, '$1'), filename: '0.js' }],
      postprocess: (messages) => messages.flat(),
    };
    const eslint = new ESLint({ cwd: COUNCIL, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, { files: ['**/*.md'], processor: markdown }] });
    const [doc] = await eslint.lintText("# Tracking\n\n```js\nfbq('init', '1', { em: 'a@b.c' });\n```\n", { filePath: join(COUNCIL, 'README.md') });
    expect(doc!.messages).toEqual([]);
    const [script] = await eslint.lintText("fbq('init', '1', { em: 'a@b.c' });\n", { filePath: join(COUNCIL, 'js/pixel.js') });
    expect(script!.messages.map((m) => m.ruleId)).toEqual([
      'pixel-patrol/no-automatic-event-capture',
      'pixel-patrol/no-sensitive-data-in-tracker-event',
      'pixel-patrol/no-tracker-on-sensitive-route',
    ]);
  });

  it('turns a rule off when pixel-patrol.config.json does, as the CLI does', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-off-'));
    writeFileSync(join(root, 'pixel-patrol.config.json'), '{"sensitive": {"routes": ["/**"]}, "rules": {"no-automatic-event-capture": "off"}}');
    const [on] = await eslintFor(COUNCIL).lintText("fbq('init', '1');\n", { filePath: join(COUNCIL, 'js/pixel.js') });
    expect(on!.messages.map((m) => m.ruleId)).toEqual(['pixel-patrol/no-automatic-event-capture', 'pixel-patrol/no-tracker-on-sensitive-route']);
    const [off] = await eslintFor(root).lintText("fbq('init', '1');\n", { filePath: join(root, 'app.js') });
    expect(off!.messages.map((m) => m.ruleId)).toEqual(['pixel-patrol/no-tracker-on-sensitive-route']);
  });

  it('reports nothing on the fixed twin, where only the jobs page loads the pixel', async () => {
    expect(await lintFolder(join(FIXTURES, 'council-site-shared-script-fixed'))).toEqual([]);
  });
});
