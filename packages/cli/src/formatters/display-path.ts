import { relative, resolve, sep } from 'node:path';
import type { FormatContext } from './formatter.js';

/** Chain links and file records are project-relative; findings are shown relative to the working directory. */
export function displayPath(context: Pick<FormatContext, 'cwd' | 'result'>, projectFile: string): string {
  const path = relative(context.cwd, resolve(context.result.root, projectFile)).split(sep).join('/');
  // A folder record (`locked/`, a folder that cannot be listed) keeps its trailing slash.
  return projectFile.endsWith('/') && !path.endsWith('/') ? `${path}/` : path;
}
