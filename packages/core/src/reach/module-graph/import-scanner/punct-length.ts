import { chars } from './chars.js';

/** Length of the punctuator at `pos` (longest match), or 0 when the character is not one. */
export function punctLength(code: string, pos: number): number {
  const c = code.charCodeAt(pos);
  const n1 = code.charCodeAt(pos + 1);
  const n2 = code.charCodeAt(pos + 2);
  switch (c) {
    case 61: // =
      return n1 === 61 ? (n2 === 61 ? 3 : 2) : n1 === 62 ? 2 : 1;
    case 62: // >
      if (n1 === 62) return n2 === 62 ? (code.charCodeAt(pos + 3) === 61 ? 4 : 3) : n2 === 61 ? 3 : 2;
      return n1 === 61 ? 2 : 1;
    case 60: // <
      return n1 === 60 ? (n2 === 61 ? 3 : 2) : n1 === 61 ? 2 : 1;
    case 42: // *
    case 38: // &
    case 124: // |
      if (n1 === c) return n2 === 61 ? 3 : 2;
      return n1 === 61 ? 2 : 1;
    case 33: // !
      return n1 === 61 ? (n2 === 61 ? 3 : 2) : 1;
    case 43: // +
    case 45: // -
      return n1 === c || n1 === 61 ? 2 : 1;
    case 37: // %
    case 94: // ^
      return n1 === 61 ? 2 : 1;
    case 63: // ?
      if (n1 === 63) return n2 === 61 ? 3 : 2;
      return n1 === 46 && !chars.digit(n2) ? 2 : 1;
    case 46: // .
      return n1 === 46 && n2 === 46 ? 3 : 1;
    case 40: case 41: case 91: case 93: case 123: case 125: // ( ) [ ] { }
    case 59: case 44: case 58: case 126: case 64: case 47: // ; , : ~ @ /
      return c === 47 && n1 === 61 ? 2 : 1;
    default:
      return 0;
  }
}
