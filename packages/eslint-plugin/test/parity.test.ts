import { join } from 'node:path';
import { analyze, fileKind } from '@pixel-patrol/core';
import plugin from '@pixel-patrol/eslint-plugin';
import { describe, expect, it } from 'vitest';
import { fixtureCases, FIXTURES } from './helpers.js';
import { inLintedCode } from './in-linted-code.js';
import { lintFolder } from './lint-fixture.js';

const PLUGIN_RULES = new Set(Object.keys(plugin.rules));

/**
 * The CLI's findings in code ESLint lints, and the files it only token-scanned (too large, or not
 * parsed at all): there the editor parses the buffer itself and reports its own way.
 */
async function cliFindings(root: string) {
  const result = await analyze({ cwd: root, paths: ['.'] });
  const tokenScanned = new Set(result.files.filter((f) => f.state !== 'scanned').map((f) => f.path));
  const findings = result.findings
    .filter((f) => PLUGIN_RULES.has(f.ruleId) && inLintedCode(root, f.file, f.line, f.column))
    .map((f) => ({ file: f.file, line: f.line, column: f.column, ruleId: `pixel-patrol/${f.ruleId}`, message: f.message }));
  return { findings, tokenScanned };
}

describe('parity: the plugin and the CLI give the same findings on every fixture', () => {
  const cases = fixtureCases();
  it('covers fixtures with findings in JS/TS files and in inline scripts', async () => {
    const withJs: string[] = [];
    const withInline: string[] = [];
    for (const name of cases) {
      const { findings } = await cliFindings(join(FIXTURES, name));
      if (findings.some((f) => fileKind(f.file) === 'script')) withJs.push(name);
      if (findings.some((f) => fileKind(f.file) === 'html')) withInline.push(name);
    }
    expect(withJs).toEqual(expect.arrayContaining(['council-site-shared-script', 'next-app-router-site-wide-pixel']));
    expect(withInline).toEqual(expect.arrayContaining(['council-site-shared-script', 'police-site-static']));
  });
  for (const name of cases) {
    it(name, async () => {
      const root = join(FIXTURES, name);
      const all = await lintFolder(root);
      // A file ESLint cannot parse shows ESLint's parse error and no rule runs on it; the CLI recovers.
      const unparsed = new Set(all.filter((m) => m.fatal).map((m) => m.file));
      const { findings, tokenScanned } = await cliFindings(root);
      const compared = (file: string) => !unparsed.has(file) && !tokenScanned.has(file);
      const cli = findings.filter((f) => compared(f.file));
      const linted = all.filter((m) => compared(m.file));
      expect(linted.map((m) => ({ file: m.file, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message }))).toEqual(cli);
    });
  }
});
