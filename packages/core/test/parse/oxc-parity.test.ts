import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { detectInProgram } from '../../src/detectors/js/detect-js.js';
import { jsDialect } from '../../src/files/file-kind.js';
import { parseJs, type ParseJsOptions } from '../../src/parse/js.js';
import { parseOxc } from '../../src/parse/parse-oxc.js';
import { moduleReferences } from '../../src/reach/module-graph/module-references.js';
import { LineIndex } from '../../src/source/line-index.js';
import { FIXTURES } from '../helpers/fixtures.js';

const SCRIPT = /\.(?:js|mjs|cjs|jsx|ts|tsx)$/;
const GENERATE = fileURLToPath(new URL('../../../../bench/generate.js', import.meta.url));

function scripts(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SCRIPT.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

interface Outcome {
  oxc: boolean;
  /** Babel's problems on a file oxc parsed cleanly. */
  babelErrors: Array<{ message: string }>;
  babel: unknown;
  fast: unknown;
}

/**
 * parseJs keeps TS/TSX on Babel (oxc accepts redeclarations Babel reports as problems), so for
 * those the oxc tree is taken straight from parseOxc: the detectors must still read it the same.
 */
function viaOxc(code: string, options: ParseJsOptions): ReturnType<typeof parseJs> {
  const plainJs = options.dialect === 'js' || options.dialect === 'jsx';
  if (options.engine !== 'oxc' || plainJs) return parseJs(code, options);
  const program = parseOxc(code, { dialect: options.dialect, startLine: options.startLine ?? 1, startColumn: options.startColumn ?? 0 });
  return program ? { program, errors: [], parser: 'oxc' } : parseJs(code, { ...options, engine: 'babel' });
}

/** Everything the detectors and the module graph derive from one parse, through each parser. */
function compare(file: string, code: string, at: Pick<ParseJsOptions, 'startLine' | 'startColumn'> = {}): Outcome {
  const dialect = jsDialect(file);
  const lines = new LineIndex(code);
  const derive = (engine: 'babel' | 'oxc') => {
    const parsed = viaOxc(code, { dialect, engine, ...at });
    const program = parsed.program;
    return {
      parsed,
      facts: program && {
        detections: detectInProgram(program, { file, code }),
        references: moduleReferences({ lines, start: 0, end: code.length, dialect, program }),
      },
    };
  };
  const fast = derive('oxc');
  const babel = derive('babel');
  return { oxc: fast.parsed.parser === 'oxc', babelErrors: fast.parsed.parser === 'oxc' ? babel.parsed.errors : [], babel: babel.facts, fast: fast.facts };
}

/**
 * Babel's `unambiguous` mode checks scopes as if the code were a module, so a script (a minified
 * bundle) that redeclares a top-level function or repeats a parameter name gets "already been
 * declared" or "Argument name clash" problems Babel itself drops when told the code is a script. Those are the only problems the oxc path may not repeat.
 */
function spurious(errors: Array<{ message: string }>, code: string): boolean {
  if (errors.length === 0) return true;
  if (!errors.every((e) => /has already been declared|^Argument name clash/.test(e.message))) return false;
  const asScript = parse(code, { sourceType: 'script', errorRecovery: true, allowReturnOutsideFunction: true, plugins: ['estree', 'jsx'] });
  return asScript.program.sourceType === 'script' && (asScript.errors ?? []).length === 0;
}

/** Compares every file oxc parses cleanly; returns those files. */
function checkAll(root: string, files: string[], at: Pick<ParseJsOptions, 'startLine' | 'startColumn'> = {}): string[] {
  const viaOxc: string[] = [];
  for (const file of files) {
    const name = relative(root, file);
    const r = compare(name, readFileSync(file, 'utf8'), at);
    if (!r.oxc) continue;
    viaOxc.push(name);
    if (!/\.tsx?$/.test(name)) expect(spurious(r.babelErrors, readFileSync(file, 'utf8')), name).toBe(true);
    expect(r.fast, name).toEqual(r.babel);
  }
  return viaOxc;
}

describe('oxc parse path: same detections and references as Babel', () => {
  const fixtureScripts = scripts(FIXTURES);

  it('on every script under fixtures/', () => {
    expect(fixtureScripts.length).toBeGreaterThan(50);
    // A few fixtures are deliberately broken or use Babel-only leniency; all others go through oxc.
    expect(checkAll(FIXTURES, fixtureScripts).length).toBeGreaterThan(fixtureScripts.length * 0.8);
  });

  it('on every script under fixtures/ parsed as code embedded at line 4, column 7', () => {
    expect(checkAll(FIXTURES, fixtureScripts, { startLine: 4, startColumn: 6 }).length).toBeGreaterThan(fixtureScripts.length * 0.8);
  });

  it('on every script of a generated benchmark tree (scale 1), minified bundles included', { timeout: 300_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-oxc-parity-'));
    let files: string[];
    let viaOxc: string[];
    try {
      execFileSync(process.execPath, [GENERATE, root, '--scale', '1', '--seed', '1'], { stdio: 'ignore' });
      files = scripts(root);
      viaOxc = checkAll(root, files);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(files.length).toBeGreaterThan(500);
    // Some generated TSX modules import a name they also declare: oxc reports it, so Babel parses them.
    expect(viaOxc.length).toBeGreaterThan(files.length * 0.9);
    expect(viaOxc.filter((f) => /vendor-\d\.js$/.test(f))).toEqual(['app/dist/static/chunks/vendor-0.js', 'app/dist/static/chunks/vendor-1.js', 'app/dist/static/chunks/vendor-2.js']);
  });

  it('on non-ASCII text, CRLF line ends and tabs (offsets are UTF-16, lines as LineIndex counts them)', () => {
    const code = "const s = 'héllo 😀 ñ';\r\n\tconst t = `a\r\nb`;\rfbq('init', '1234567890');\n  /* ✓ */ window.fbq('track', 'PageView', { q: '😀' });\n";
    const r = compare('app/x.js', code, { startLine: 2, startColumn: 3 });
    expect(r.oxc).toBe(true);
    expect(r.fast).toEqual(r.babel);
    expect((r.babel as { detections: unknown[] }).detections).toHaveLength(2);
  });
});
