import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it, vi } from 'vitest';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
// The first test of a file builds the project model (a worker thread running `analyze()`).
vi.setConfig({ testTimeout: 60_000 });

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
/** A static council site whose `js/pixel.js` runs on `/report/` through a `<script src>`. */
export const COUNCIL = join(FIXTURES, 'council-site-shared-script');
/** Every fixture folder with an `expected-findings.json`, as the core fixture runner sees them. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, 'expected-findings.json')))
    .sort();
}

export const councilSettings = { 'pixel-patrol': { configFile: join(COUNCIL, 'pixel-patrol.config.json') } };

/**
 * RuleTesters per parser the plugin supports (ESLint's default, espree, and typescript-eslint's):
 * `tester` is pointed at the council fixture's config, `lookup` finds the config upward from the file.
 */
export const parsers = [
  { name: 'espree', tester: new RuleTester({ settings: councilSettings }), lookup: new RuleTester() },
  {
    name: 'typescript-eslint',
    tester: new RuleTester({ settings: councilSettings, languageOptions: { parser: tseslint.parser } }),
    lookup: new RuleTester({ languageOptions: { parser: tseslint.parser } }),
  },
] as const;
