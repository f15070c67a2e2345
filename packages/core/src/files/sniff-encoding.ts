export interface Sniffed {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** A byte-order mark is present (and `TextDecoder` strips it). */
  bom: boolean;
  /** The sample holds NUL bytes that are not explained by UTF-16. */
  nul: boolean;
}

const SAMPLE = 8192;

/**
 * Guesses a file's encoding from its first bytes. Without a BOM, text saved as UTF-16 (Windows
 * editors, PowerShell redirects) shows as every other byte being NUL; ASCII-heavy source in
 * UTF-16 always has that shape, so it is read as text rather than mistaken for binary.
 */
export function sniffEncoding(buf: Uint8Array): Sniffed {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', bom: true, nul: false };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', bom: true, nul: false };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', bom: true, nul: false };
  const n = Math.min(buf.length, SAMPLE) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs >= 2 && oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return { encoding: 'utf-16le', bom: false, nul: false };
  if (pairs >= 2 && evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return { encoding: 'utf-16be', bom: false, nul: false };
  const last = buf.length > n && n < SAMPLE ? buf[n] === 0 : false;
  return { encoding: 'utf-8', bom: false, nul: evenZeros + oddZeros > 0 || last };
}
