import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/source/line-index.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns with LF, CRLF and CR', () => {
    const idx = new LineIndex('ab\r\ncd\ne\rf');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(4)).toEqual({ line: 2, column: 1 });
    expect(idx.position(5)).toEqual({ line: 2, column: 2 });
    expect(idx.position(7)).toEqual({ line: 3, column: 1 });
    expect(idx.position(9)).toEqual({ line: 4, column: 1 });
    expect(idx.lineText(1)).toBe('ab');
    expect(idx.offset(2, 2)).toBe(5);
  });
});
