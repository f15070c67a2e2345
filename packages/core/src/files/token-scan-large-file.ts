import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import type { Detection } from '../detectors/detection.js';
import { tokenScan } from '../detectors/token-scan.js';
import { LineIndex } from '../source/line-index.js';
import { sniffEncoding } from './sniff-encoding.js';

const CHUNK = 1 << 20;
/** Matches that start in the last `OVERLAP` characters of a window are left to the next one. */
const OVERLAP = 4096;

/**
 * Token-scans a file too large to parse, one window at a time, so memory stays bounded whatever
 * the file's size. Positions are those of the whole file: each window carries the line and column
 * where it starts. Invalid UTF-8 decodes to U+FFFD here (not Latin-1 as in `readSourceFile`).
 */
export async function tokenScanLargeFile(absPath: string, file: string): Promise<Detection[]> {
  const handle = await open(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  const out: Detection[] = [];
  try {
    const buf = Buffer.alloc(CHUNK);
    let decoder: TextDecoder | undefined;
    let carry = '';
    let line = 1;
    let column = 1;
    // Window start and the end of the last kept match, as offsets in the whole decoded text: a
    // match kept from one window may run past the cut, and its tail must not count again.
    let base = 0;
    let coveredUntil = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      const bytes = buf.subarray(0, bytesRead);
      decoder ??= new TextDecoder(sniffEncoding(bytes).encoding);
      const done = bytesRead === 0;
      const text = carry + (done ? decoder.decode() : decoder.decode(bytes, { stream: true }));
      let cut = done ? text.length : Math.max(0, text.length - OVERLAP);
      if (text.charCodeAt(cut - 1) === 13 && text.charCodeAt(cut) === 10) cut++;
      const lines = new LineIndex(text);
      for (const d of tokenScan(file, lines)) {
        const start = lines.offset(d.loc.line, d.loc.column);
        if (start >= cut || base + start < coveredUntil) continue;
        coveredUntil = Math.max(coveredUntil, base + lines.offset(d.loc.endLine, d.loc.endColumn));
        out.push({ ...d, loc: shift(d.loc, line, column) });
      }
      if (done) break;
      const end = lines.position(cut);
      column = end.line === 1 ? column + end.column - 1 : end.column;
      line += end.line - 1;
      carry = text.slice(cut);
      base += cut;
    }
  } finally {
    await handle.close();
  }
  return out;
}

function shift(loc: Detection['loc'], line: number, column: number): Detection['loc'] {
  return {
    line: loc.line + line - 1,
    column: loc.line === 1 ? loc.column + column - 1 : loc.column,
    endLine: loc.endLine + line - 1,
    endColumn: loc.endLine === 1 ? loc.endColumn + column - 1 : loc.endColumn,
  };
}
