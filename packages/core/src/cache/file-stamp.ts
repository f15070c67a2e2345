import type { Stats } from 'node:fs';

/**
 * What git's index keeps to decide a file is unchanged without reading it. `ctimeMs` is the part
 * no user-space tool can set back: a content write, a `touch -d` or a `cp -p` over the file all
 * move it, so a stamp that still matches means the bytes were not rewritten.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

export function fileStamp(st: Stats): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
}
