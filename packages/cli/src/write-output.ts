import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '@pixel-patrol/core';
import type { Io } from './main.js';

/** Writes a report to `--output-file` or stdout; a file that cannot be written is a usage error naming it. */
export function writeOutput(io: Io, file: string | undefined, text: string): void {
  if (file === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, file), text);
  } catch (e) {
    throw new ConfigError(`--output-file ${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
