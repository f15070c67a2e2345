import { relative, resolve, sep } from 'node:path';
import type { FormatContext } from './formatter.js';

/** Chain links and file records are project-relative; findings are shown relative to the working directory. */
export function displayPath(context: Pick<FormatContext, 'cwd' | 'result'>, projectFile: string): string {
  return relative(context.cwd, resolve(context.result.root, projectFile)).split(sep).join('/');
}
