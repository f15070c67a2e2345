import { chars } from './chars.js';
import { ScanBail } from './scan-bail.js';

/**
 * Readers for the parts of a script whose insides are not tokens: strings, template chunks,
 * regular expressions and comments. Each takes the offset of the opening character and returns
 * the offset just past the end, or throws `ScanBail` when the part never ends where it must.
 */
export const literalReader = {
  string(code: string, pos: number): number {
    const quote = code.charCodeAt(pos);
    for (let i = pos + 1; i < code.length; i++) {
      const c = code.charCodeAt(i);
      if (c === quote) return i + 1;
      if (c === 92) i += code.charCodeAt(i + 1) === 13 && code.charCodeAt(i + 2) === 10 ? 2 : 1;
      else if (c === 10 || c === 13) break;
    }
    throw new ScanBail(pos, 'unterminated string');
  },

  /** From a backtick or the `}` closing a substitution to just past the closing backtick or the next `${`. */
  templateChunk(code: string, pos: number): number {
    for (let i = pos + 1; i < code.length; i++) {
      const c = code.charCodeAt(i);
      if (c === 96) return i + 1;
      if (c === 92) i++;
      else if (c === 36 && code.charCodeAt(i + 1) === 123) return i + 2;
    }
    throw new ScanBail(pos, 'unterminated template');
  },

  regex(code: string, pos: number): number {
    let inClass = false;
    for (let i = pos + 1; i < code.length; i++) {
      const c = code.charCodeAt(i);
      if (chars.newline(c)) break;
      if (c === 92) {
        if (chars.newline(code.charCodeAt(i + 1))) break;
        i++;
      } else if (c === 91) inClass = true;
      else if (c === 93) inClass = false;
      else if (c === 47 && !inClass) {
        let end = i + 1;
        while (end < code.length && chars.identPart(code.charCodeAt(end))) end++;
        return end;
      }
    }
    throw new ScanBail(pos, 'unterminated regular expression');
  },

  /** `/*` … `*\/` or `//` … end of line; `pos` is at the first slash. */
  comment(code: string, pos: number): number {
    if (code.charCodeAt(pos + 1) === 42) {
      const end = code.indexOf('*/', pos + 2);
      if (end < 0) throw new ScanBail(pos, 'unterminated comment');
      return end + 2;
    }
    let i = pos + 2;
    while (i < code.length && !chars.newline(code.charCodeAt(i))) i++;
    return i;
  },

  /** A TS type argument list `<…>` read as characters up to its closing `>`; nothing in it is an import. */
  typeArguments(code: string, pos: number): number {
    let depth = 0;
    for (let i = pos; i < code.length; i++) {
      const c = code.charCodeAt(i);
      if (c === 60) depth++;
      else if (c === 62 && --depth === 0) return i + 1;
      else if (c === 61 && code.charCodeAt(i + 1) === 62) i++;
      else if (c === 34 || c === 39) i = literalReader.string(code, i) - 1;
      else if (c === 47) {
        const next = code.charCodeAt(i + 1);
        if (next !== 47 && next !== 42) break;
        i = literalReader.comment(code, i) - 1;
      } else if (c === 96) break;
    }
    throw new ScanBail(pos, 'type arguments the scanner cannot read');
  },
};
