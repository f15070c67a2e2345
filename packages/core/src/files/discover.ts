import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';
import { glob } from 'tinyglobby';

export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Discovery {
  /** Files to analyse, relative to the root, posix separators, sorted. */
  files: string[];
  /** Files present but excluded by `ignore` globs or `.gitignore`. */
  ignored: string[];
}

/** Lists every file under `root`, splitting out what config or `.gitignore` excludes. */
export async function discoverFiles(root: string, ignoreGlobs: readonly string[]): Promise<Discovery> {
  const all = await glob(['**/*'], {
    cwd: root,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ALWAYS_IGNORED,
    expandDirectories: false,
  });
  const matcher = ignore();
  const gitignore = join(root, '.gitignore');
  if (existsSync(gitignore)) matcher.add(readFileSync(gitignore, 'utf8'));
  matcher.add([...ignoreGlobs]);
  const files: string[] = [];
  const ignored: string[] = [];
  for (const f of all.sort()) (matcher.ignores(f) ? ignored : files).push(f);
  return { files, ignored };
}
