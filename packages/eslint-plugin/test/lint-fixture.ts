import { relative, sep } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { vi } from 'vitest';

// Linting a project builds its model first (a worker thread running `analyze()`): slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

export interface LintedMessage {
  file: string;
  line: number;
  column: number;
  ruleId: string | null;
  severity: number;
  message: string;
  /** A parse error: no rule ran on the file. */
  fatal?: true;
}

/** A project's ESLint setup as the docs describe it: the recommended config plus typescript-eslint for TS. */
export function eslintFor(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    // A theme of PHP templates only has nothing for ESLint; the CLI reads those.
    errorOnUnmatchedPattern: false,
    overrideConfig: [
      ...plugin.configs.recommended,
      // The CLI reads every script extension, and JSX in `.js` files, so the editor setup does too.
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
    ],
  });
}

/** Runs ESLint (the Node API) over a whole folder; messages sorted like findings. */
export async function lintFolder(cwd: string): Promise<LintedMessage[]> {
  const results = await eslintFor(cwd).lintFiles(['.']);
  return results
    .flatMap((r) => r.messages.map((m) => ({ file: relative(cwd, r.filePath).split(sep).join('/'), line: m.line, column: m.column, ruleId: m.ruleId, severity: m.severity, message: m.message, ...(m.fatal ? { fatal: true as const } : {}) })))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId))));
}
