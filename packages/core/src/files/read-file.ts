import { readFile, stat } from 'node:fs/promises';

export type ReadResult =
  | { ok: true; text: string; bytes: number; encoding: string }
  | { ok: false; state: 'unreadable' | 'too-large' | 'skipped-as-binary'; bytes: number; reason: string; text?: string };

/**
 * Reads and decodes one file. BOMs are honoured (UTF-8, UTF-16 LE/BE); invalid UTF-8 is read as
 * Latin-1 so that no byte is lost; a NUL byte without a UTF-16 BOM means binary.
 */
export async function readSourceFile(absPath: string, maxBytes: number): Promise<ReadResult> {
  let size: number;
  try {
    const st = await stat(absPath);
    if (!st.isFile()) return { ok: false, state: 'unreadable', bytes: 0, reason: 'not a regular file' };
    size = st.size;
  } catch (e) {
    return { ok: false, state: 'unreadable', bytes: 0, reason: errorCode(e) };
  }
  let buf: Buffer;
  try {
    buf = await readFile(absPath);
  } catch (e) {
    return { ok: false, state: 'unreadable', bytes: size, reason: errorCode(e) };
  }
  const decoded = decode(buf);
  if (decoded === null) return { ok: false, state: 'skipped-as-binary', bytes: buf.length, reason: 'contains NUL bytes' };
  if (buf.length > maxBytes) {
    return { ok: false, state: 'too-large', bytes: buf.length, reason: `larger than ${maxBytes} bytes`, text: decoded.text };
  }
  return { ok: true, text: decoded.text, bytes: buf.length, encoding: decoded.encoding };
}

export function decode(buf: Buffer): { text: string; encoding: string } | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), encoding: 'utf-16be' };
  }
  if (buf.subarray(0, 8192).includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: buf.toString('latin1'), encoding: 'latin1' };
  }
}

function errorCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message}` : String(e);
}
