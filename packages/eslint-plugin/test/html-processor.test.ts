import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.js';
import { eslintFor } from './lint-fixture.js';

const POLICE = join(FIXTURES, 'police-site-static');
const page = (body: string) => `<!DOCTYPE html>\n<html>\n<head>\n  <title>Report</title>\n${body}\n</head>\n</html>\n`;

async function lintPage(html: string, file = 'report/index.html') {
  const [result] = await eslintFor(POLICE).lintText(html, { filePath: join(POLICE, file) });
  return result!;
}

describe('the HTML processor', () => {
  it('reports inline scripts and on* handlers at their place in the page', async () => {
    const html = page(`  <script>\n    var ok = true;\n    fbq('track', 'PageView');</script>\n  <button onclick="fbq('track', 'Lead')">Send</button>`);
    const result = await lintPage(html);
    expect(result.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn, m.ruleId])).toEqual([
      [7, 5, 7, 29, 'pixel-patrol/no-tracker-on-sensitive-route'],
      [8, 20, 8, 40, 'pixel-patrol/no-tracker-on-sensitive-route'],
    ]);
    expect(result.messages[0]!.message).toMatch(/^Meta Pixel sends event "PageView" and runs on sensitive route \/report\/ /);
  });

  it('reports on a script whose first line shares the line of <script>', async () => {
    const result = await lintPage(page(`  <script>fbq('trackCustom', 'ReportCrime', { page: location.pathname });</script>`));
    expect(result.messages.map((m) => [m.line, m.column, m.ruleId, m.message])).toEqual([
      [5, 11, 'pixel-patrol/no-sensitive-data-in-tracker-event', 'Meta Pixel event "ReportCrime" sends page (the page URL) on sensitive route /report/'],
      [5, 11, 'pixel-patrol/no-tracker-on-sensitive-route', 'Meta Pixel sends event "ReportCrime" and runs on sensitive route /report/ (sensitive.routes "/report/**")'],
    ]);
    // The careers pages are allowed the pixel: the same script is fine there.
    expect((await lintPage(page(`  <script>fbq('trackCustom', 'ReportCrime', { page: location.pathname });</script>`), 'careers/index.html')).messages).toEqual([]);
  });

  it('sees an autoConfig setting in an earlier script of the same page', async () => {
    const html = page(`  <script>fbq('set', 'autoConfig', false, '1');</script>\n  <script>\n    fbq('init', '1');\n  </script>`);
    const result = await lintPage(html);
    expect(result.messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([[7, 5, 'pixel-patrol/no-tracker-on-sensitive-route']]);
  });

  it('says when a script is held back by a consent manager, as the CLI does', async () => {
    const result = await lintPage(page(`  <script type="text/plain" data-category="marketing">fbq('track', 'PageView');</script>`));
    expect(result.messages.map((m) => [m.line, m.column, m.message])).toEqual([
      [5, 55, 'Meta Pixel sends event "PageView" (behind consent gate type="text/plain") and runs on sensitive route /report/ (sensitive.routes "/report/**")'],
    ]);
  });

  it('maps the autoConfig suggestion back into the page', async () => {
    const html = page(`  <script>\n    fbq('init', '1');\n  </script>`);
    const result = await lintPage(html);
    expect(result.messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([
      [6, 5, 'pixel-patrol/no-automatic-event-capture'],
      [6, 5, 'pixel-patrol/no-tracker-on-sensitive-route'],
    ]);
    const fix = result.messages[0]!.suggestions![0]!.fix;
    const fixed = html.slice(0, fix.range[0]) + fix.text + html.slice(fix.range[1]);
    expect(fixed).toBe(page(`  <script>\n    fbq('set', 'autoConfig', false, '1');\n    fbq('init', '1');\n  </script>`));
  });

  it('leaves scripts holding template tags to the CLI, and skips JSON-LD', async () => {
    const html = page(`  <script>fbq('init', '{{ site.pixel_id }}');</script>\n  <script type="application/ld+json">{"fbq": "track"}</script>`);
    expect((await lintPage(html)).messages).toEqual([]);
  });

  it('lints the plain scripts of a Nunjucks template, checked whole by the template front end', async () => {
    const eslint = new ESLint({ cwd: POLICE, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, { files: ['**/*.njk'], processor: 'pixel-patrol/html' }] });
    const njk = `{% extends "base.njk" %}\n{% block head %}\n  <script>\n    fbq('track', 'PageView');\n  </script>\n  <script>fbq('init', '{{ pixel_id }}');</script>\n{% endblock %}\n`;
    const [result] = await eslint.lintText(njk, { filePath: join(POLICE, '_includes/report-head.njk') });
    // The second script holds a template tag: not JavaScript until rendered, so the CLI alone reads it.
    expect(result!.messages.map((m) => [m.line, m.column, m.ruleId, m.message])).toEqual([
      [
        4,
        5,
        'pixel-patrol/no-tracker-on-sensitive-route',
        'Meta Pixel sends event "PageView" and may run on any route (no route is known for this file), including sensitive /report/** (sensitive.routes "/report/**")',
      ],
    ]);
  });
});
