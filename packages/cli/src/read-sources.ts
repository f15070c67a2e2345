import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '@pixel-patrol/core';

const MAX_FRAME_SOURCE = 8 * 1024 * 1024;

/**
 * The texts of files with findings, for formatters that show code frames. Only regular files of
 * reasonable size are read (a finding may be about a named pipe that would block, or a huge file);
 * anything else is left out.
 */
export function readSources(cwd: string, findings: readonly Finding[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of new Set(findings.map((f) => f.file))) {
    try {
      const path = resolve(cwd, file);
      const st = statSync(path);
      if (!st.isFile() || st.size > MAX_FRAME_SOURCE) continue;
      sources.set(file, readFileSync(path, 'utf8'));
    } catch {
      // The finding still shows; only its code frame is missing.
    }
  }
  return sources;
}
