import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes a throwaway project. Files are written in the order given, so two calls with the same
 * entries in different orders give the same tree with a different on-disk creation order.
 */
export function tempTree(files: ReadonlyArray<readonly [string, string | Uint8Array]>, prefix = 'pp-tree-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of files) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}
