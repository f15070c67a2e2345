import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileKind, LineIndex } from '@pixel-patrol/core';
import { lintableScripts } from '../src/processors/lintable-scripts.js';

/** Whether a CLI finding sits in code ESLint lints: a JS/TS file, or an inline script the HTML processor hands over. */
export function inLintedCode(root: string, file: string, line: number, column: number): boolean {
  const kind = fileKind(file);
  if (kind === 'script') return true;
  if (kind !== 'html') return false;
  const lines = new LineIndex(readFileSync(join(root, file), 'utf8'));
  const at = lines.offset(line, column);
  return lintableScripts(lines).some((b) => at >= b.offset && at < b.offset + b.text.length);
}
