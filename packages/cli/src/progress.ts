import type { Io } from './main.js';

export interface Progress {
  onProgress: (done: number, total: number) => void;
  end: () => void;
}

const QUIET_MS = 500;

/**
 * Files done / total on stderr. Automatic on a TTY outside CI, and only once a scan has run for
 * half a second; `--progress` forces it (one line per second on a pipe), `--no-progress` stops it.
 */
export function progress(io: Io, asked: boolean | undefined): Progress | undefined {
  const tty = io.stderr.isTTY === true;
  if (asked === false || (asked === undefined && (!tty || io.env.CI !== undefined))) return undefined;
  const start = Date.now();
  let last = 0;
  let shown = false;
  const write = (done: number, total: number) => {
    const line = `pixel-patrol: ${done}/${total} files`;
    io.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
    shown = true;
  };
  return {
    onProgress: (done, total) => {
      const now = Date.now();
      if (asked === undefined && now - start < QUIET_MS) return;
      if (done < total && now - last < (tty ? 100 : 1000)) return;
      last = now;
      write(done, total);
    },
    end: () => {
      if (shown && tty) io.stderr.write('\r\x1b[K');
    },
  };
}
