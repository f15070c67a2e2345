import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsDialect } from '../../src/files/file-kind.js';
import { parseJs } from '../../src/parse/js.js';
import { fromProgram } from '../../src/reach/module-graph/from-program.js';
import { mayImport } from '../../src/reach/module-graph/import-scanner/may-import.js';
import { scanImports } from '../../src/reach/module-graph/import-scanner/scan-imports.js';
import { FIXTURES } from '../helpers/fixtures.js';

const SCRIPT = /\.(?:js|mjs|cjs|jsx|ts|tsx|mts|cts)$/;

function scripts(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && SCRIPT.test(entry.name)) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/**
 * Scanner against parser on every file: equal wherever the scanner answers, and nothing where
 * the word prefilter says there is nothing. Returns the files where the scanner bails.
 */
function differential(root: string): string[] {
  const bails: string[] = [];
  for (const file of scripts(root)) {
    const code = readFileSync(file, 'utf8');
    const dialect = jsDialect(file);
    const parsed = fromProgram(parseJs(code, { dialect }).program, 0);
    const name = relative(root, file);
    if (!mayImport(code)) expect({ name, parsed }).toEqual({ name, parsed: [] });
    const scanned = scanImports(code, dialect);
    if (scanned === undefined) bails.push(name);
    else expect({ name, imports: scanned }).toEqual({ name, imports: parsed });
  }
  return bails;
}

describe('import scanner against the parser', () => {
  it('reads every fixture script as the parser does, and bails only where expected', () => {
    // A merge conflict left in the code: the parser recovers, the scanner rightly does not try.
    expect(differential(FIXTURES)).toEqual(['adversarial-js-syntax-errors/js/broken.js']);
  });

  describe('on a generated bench tree', () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-bench-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('reads every script as the parser does and never bails', async () => {
      const bench = (await import(new URL('../../../../bench/generate.js', import.meta.url).href)) as { generate(out: string, options: { scale: number; seed: number }): unknown };
      bench.generate(root, { scale: 1, seed: 1 });
      expect(scripts(root).length).toBeGreaterThan(500);
      expect(differential(root)).toEqual([]);
    }, 120_000);
  });
});
