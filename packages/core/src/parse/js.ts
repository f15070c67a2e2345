import { parse, type ParserPlugin } from '@babel/parser';
import type { Program } from 'estree';

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
}

export interface ParseJsOptions {
  dialect: JsDialect;
  /** 1-based line of the first character, for code embedded in another file. */
  startLine?: number;
  /** 0-based column of the first character on `startLine`. */
  startColumn?: number;
}

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
    return { program: file.program as unknown as Program, errors };
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
    return { program: null, errors: [toProblem(first, options)] };
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
