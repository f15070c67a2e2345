import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '@pixel-patrol/core';

/** The texts of files with findings, for formatters that show code frames. Unreadable files are left out. */
export function readSources(cwd: string, findings: readonly Finding[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of new Set(findings.map((f) => f.file))) {
    try {
      sources.set(file, readFileSync(resolve(cwd, file), 'utf8'));
    } catch {
      // The finding still shows; only its code frame is missing.
    }
  }
  return sources;
}
