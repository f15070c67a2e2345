import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '@pixel-patrol/core';

/** Writes (or appends) a report file, creating its folder; a failure names the option and the file. */
export function writeReportFile(path: string, text: string, what: string, append = false): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (append) appendFileSync(path, text);
    else writeFileSync(path, text);
  } catch (e) {
    throw new ConfigError(`cannot write ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
  }
}
