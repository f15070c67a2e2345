import { parse, type ParserPlugin } from '@babel/parser';
import type { Program } from 'estree';
import { parseOxc } from './parse-oxc.js';

export type JsDialect = 'js' | 'jsx' | 'ts' | 'tsx';

export interface ParseProblem {
  message: string;
  line: number;
  column: number;
}

export interface ParsedJs {
  /** `null` when even error recovery produced no tree. */
  program: Program | null;
  errors: ParseProblem[];
  /** Which parser built `program`; oxc trees carry offsets only (read positions via NodeLocations). */
  parser: 'babel' | 'oxc';
}

export interface ParseJsOptions {
  dialect: JsDialect;
  /** 1-based line of the first character, for code embedded in another file. */
  startLine?: number;
  /** 0-based column of the first character on `startLine`. */
  startColumn?: number;
  /** `auto` uses oxc for JS/JSX from OXC_MIN_LENGTH on; `oxc` ignores the size (differential tests). */
  engine?: 'auto' | 'oxc' | 'babel';
}

/**
 * From this length on, JS is parsed with oxc first. oxc is faster from a few KB on (see
 * docs/performance.md), but below this a file saves under 0.15 s while ordinary source would
 * lose the redeclaration problems Babel's `unambiguous` mode reports on sloppy scripts.
 */
export const OXC_MIN_LENGTH = 256 * 1024;

function pluginsFor(dialect: JsDialect): ParserPlugin[] {
  const common: ParserPlugin[] = ['estree', 'decorators-legacy', 'importAttributes', 'explicitResourceManagement'];
  switch (dialect) {
    case 'ts':
      return [...common, 'typescript'];
    case 'tsx':
      return [...common, 'typescript', 'jsx'];
    case 'js':
    case 'jsx':
      return [...common, 'jsx'];
  }
}

/** Parses JS/TS once with error recovery. Never throws. */
export function parseJs(code: string, options: ParseJsOptions): ParsedJs {
  const engine = options.engine ?? 'auto';
  // oxc's TypeScript checks accept redeclarations (overloads, merging) that Babel reports as problems.
  const plainJs = options.dialect === 'js' || options.dialect === 'jsx';
  if (plainJs && (engine === 'oxc' || (engine === 'auto' && code.length >= OXC_MIN_LENGTH))) {
    const program = parseOxc(code, { dialect: options.dialect, startLine: options.startLine ?? 1, startColumn: options.startColumn ?? 0 });
    if (program) return { program, errors: [], parser: 'oxc' };
  }
  const base = {
    sourceType: 'unambiguous' as const,
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowSuperOutsideMethod: true,
    allowUndeclaredExports: true,
    startLine: options.startLine ?? 1,
    startColumn: options.startColumn ?? 0,
    tokens: false,
  };
  const attempt = (dialect: JsDialect): ParsedJs => {
    const file = parse(code, { ...base, plugins: pluginsFor(dialect) });
    const errors = (file.errors ?? []).map((e) => toProblem(e, options));
    return { program: file.program as unknown as Program, errors, parser: 'babel' };
  };
  try {
    return attempt(options.dialect);
  } catch (first) {
    // A `.js` file may hold JSX and a `.jsx` one plain JS; one retry with the other reading is cheap.
    if (options.dialect === 'js') {
      try {
        return attempt('tsx');
      } catch {
        /* fall through to the first error */
      }
    }
    return { program: null, errors: [toProblem(first, options)], parser: 'babel' };
  }
}

function toProblem(e: unknown, options: ParseJsOptions): ParseProblem {
  const err = e as { message?: string; loc?: { line: number; column: number } };
  const message = String(err.message ?? e).replace(/\s*\(\d+:\d+\)$/, '');
  return {
    message,
    line: err.loc?.line ?? options.startLine ?? 1,
    column: (err.loc?.column ?? options.startColumn ?? 0) + 1,
  };
}
