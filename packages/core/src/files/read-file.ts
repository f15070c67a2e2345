import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { sniffEncoding } from './sniff-encoding.js';

export type ReadResult =
  | { ok: true; text: string; bytes: number; encoding: string }
  | { ok: false; state: 'unreadable' | 'too-large' | 'skipped-as-binary'; bytes: number; reason: string };

/**
 * Reads and decodes one file. A file over `maxBytes` is not read here: the caller token-scans it
 * in bounded windows. Only regular files are opened (a named pipe would block the run), and with
 * `O_NONBLOCK` in case one is swapped in between the check and the open.
 * `source` says the name is a known source kind: such a file is decoded even with NUL bytes (a
 * stray NUL must not hide the tracker beside it; the parse fails and the file is token-scanned).
 */
export async function readSourceFile(absPath: string, maxBytes: number, source: boolean): Promise<ReadResult> {
  let size: number;
  try {
    const st = await stat(absPath);
    if (!st.isFile()) return { ok: false, state: 'unreadable', bytes: 0, reason: 'not a regular file' };
    size = st.size;
  } catch (e) {
    return { ok: false, state: 'unreadable', bytes: 0, reason: errorCode(e) };
  }
  if (size > maxBytes) return { ok: false, state: 'too-large', bytes: size, reason: `larger than ${maxBytes} bytes: token-scanned only` };
  let buf: Buffer;
  try {
    const handle = await open(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      buf = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    return { ok: false, state: 'unreadable', bytes: size, reason: errorCode(e) };
  }
  if (buf.length > maxBytes) return { ok: false, state: 'too-large', bytes: buf.length, reason: `larger than ${maxBytes} bytes: token-scanned only` };
  const decoded = decode(buf, source);
  if (decoded === null) return { ok: false, state: 'skipped-as-binary', bytes: buf.length, reason: 'contains NUL bytes and is not a known source file type' };
  return { ok: true, text: decoded.text, bytes: buf.length, encoding: decoded.encoding };
}

/** Decodes a whole file: BOM or UTF-16 shape first, then strict UTF-8, else Latin-1 so that no byte is lost. */
export function decode(buf: Buffer, source = false): { text: string; encoding: string } | null {
  const sniffed = sniffEncoding(buf);
  if (sniffed.encoding !== 'utf-8') return { text: new TextDecoder(sniffed.encoding).decode(buf), encoding: sniffed.bom ? `${sniffed.encoding}-bom` : sniffed.encoding };
  if (sniffed.bom) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (sniffed.nul && !source) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: buf.toString('latin1'), encoding: 'latin1' };
  }
}

function errorCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (!err.code) return String(e);
  return err.message.startsWith(err.code) ? err.message : `${err.code}: ${err.message}`;
}
