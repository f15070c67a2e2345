import { describe, expect, it } from 'vitest';
import { jsFrontEnd } from '../../src/detectors/js/js-front-end.js';
import { OXC_MIN_LENGTH, parseJs } from '../../src/parse/js.js';
import { LineIndex } from '../../src/source/line-index.js';

const FILLER = 'var pad = [1, 2, 3].map(function (n) { return n * 2; });\n';

/** Filler lines up to `length` characters, then `tail`. */
function padded(length: number, tail: string): string {
  const lines = Math.ceil((length - tail.length) / FILLER.length);
  return FILLER.repeat(Math.max(0, lines)) + tail;
}

describe('parseJs: oxc for large scripts, Babel otherwise', () => {
  it('uses oxc from OXC_MIN_LENGTH characters of JS on, Babel below it and for TypeScript', () => {
    const big = padded(OXC_MIN_LENGTH, "fbq('init', '1234567890');\n");
    expect(big.length).toBeGreaterThanOrEqual(OXC_MIN_LENGTH);
    expect(parseJs(big, { dialect: 'js' }).parser).toBe('oxc');
    expect(parseJs(big.slice(0, OXC_MIN_LENGTH - 1), { dialect: 'js' }).parser).toBe('babel');
    expect(parseJs(big, { dialect: 'ts' }).parser).toBe('babel');
    expect(parseJs(big, { dialect: 'js', engine: 'babel' }).parser).toBe('babel');
    expect(parseJs("fbq('init', '1');", { dialect: 'jsx', engine: 'oxc' }).parser).toBe('oxc');
  });

  it('reports the exact position of a detection in a large file parsed by oxc', () => {
    const text = padded(OXC_MIN_LENGTH, "  window.fbq('init', '1234567890');\n");
    const line = text.split('\n').length - 1;
    const facts = jsFrontEnd.analyze({ path: 'dist/vendor.js', lines: new LineIndex(text) });
    expect(facts.problems).toEqual([]);
    expect(facts.detections.map((d) => [d.tracker, d.kind, d.loc])).toEqual([
      ['meta-pixel', 'init', { line, column: 3, endLine: line, endColumn: 35 }],
    ]);
  });

  it('falls back to Babel, with its problems and recovered tree, when oxc finds a syntax error', () => {
    const text = padded(OXC_MIN_LENGTH, "fbq('init', '1234567890');\nvar = 1;\n");
    const line = text.split('\n').length - 1;
    const parsed = parseJs(text, { dialect: 'js' });
    expect(parsed.parser).toBe('babel');
    expect(parsed).toEqual(parseJs(text, { dialect: 'js', engine: 'babel' }));
    expect(parsed.errors).toEqual([{ message: 'Unexpected token', line, column: 5 }]);
    const facts = jsFrontEnd.analyze({ path: 'dist/vendor.js', lines: new LineIndex(text) });
    expect(facts.problems).toEqual(parsed.errors);
    expect(facts.detections.map((d) => [d.kind, d.loc.line, d.loc.column])).toEqual([['init', line - 1, 1]]);
  });

  it('keeps Babel for code with U+2028/U+2029, which Babel counts as line breaks', () => {
    const text = padded(OXC_MIN_LENGTH, "var s = '\u2028';\nfbq('init', '1234567890');\n");
    expect(parseJs(text, { dialect: 'js' }).parser).toBe('babel');
  });
});
