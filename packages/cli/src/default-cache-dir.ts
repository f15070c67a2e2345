import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The folder `find-cache-dir` would pick: `node_modules/.cache/pixel-patrol` next to the nearest package.json. */
export function defaultCacheDir(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'node_modules'))) break;
    const parent = dirname(dir);
    if (parent === dir) {
      dir = resolve(cwd);
      break;
    }
    dir = parent;
  }
  return join(dir, 'node_modules', '.cache', 'pixel-patrol');
}
