// A SHA-256 of a folder's paths and bytes, so a result records exactly which tree it measured.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Hash of every file's relative path and content, in sorted path order (independent of readdir order). */
export function treeHash(dir) {
  const files = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) files.push(relative(dir, p).split(sep).join('/'));
    }
  }
  const hash = createHash('sha256');
  for (const f of files.sort()) {
    hash.update(`${f}\0`);
    hash.update(createHash('sha256').update(readFileSync(join(dir, f))).digest());
  }
  return hash.digest('hex');
}
