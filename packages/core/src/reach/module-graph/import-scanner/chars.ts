/** Per ASCII code: 3 may start an identifier, 2 may only continue one. */
const IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const start = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
  IDENT[c] = start ? 3 : c >= 48 && c <= 57 ? 2 : 0;
}

/** Character classes of the import scanner, by UTF-16 code unit. */
export const chars = {
  /** ASCII letters, `_`, `$`, and anything non-ASCII that is not a space: unicode identifiers are rare and read whole. */
  identStart(c: number): boolean {
    return c < 128 ? IDENT[c] === 3 : c > 127 && !chars.space(c);
  },
  identPart(c: number): boolean {
    return c < 128 ? IDENT[c] !== 0 : c > 127 && !chars.space(c);
  },
  digit(c: number): boolean {
    return c >= 48 && c <= 57;
  },
  /** Line terminators, as the spec counts them. */
  newline(c: number): boolean {
    return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
  },
  /** Whitespace and line terminators, including the unicode spaces (category Zs) and the BOM. */
  space(c: number): boolean {
    if (c === 32 || (c >= 9 && c <= 13)) return true;
    if (c < 128) return false;
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
  },
};
