import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlFrontEnd } from '../../src/detectors/html/html-front-end.js';
import { jsFrontEnd } from '../../src/detectors/js/js-front-end.js';
import { LineIndex } from '../../src/source/line-index.js';
import { closedHtml, FUZZ, htmlish, jsish, jsStatements, junk } from './arbitraries.js';

/** 1-based line and column just after `prefix`, counting CRLF, CR and LF as one break each. */
/** Bounds a hang on a loaded CI machine; nothing here asserts a duration. */
const HANG_BOUND = 120_000;

function endOf(prefix: string): { line: number; column: number } {
  const lines = prefix.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function metaEvents(facts: ReturnType<typeof jsFrontEnd.analyze>) {
  return facts.detections.filter((d) => d.tracker === 'meta-pixel' && d.kind === 'event').map((d) => ({ line: d.loc.line, column: d.loc.column }));
}

describe('fuzz: front ends never throw, whatever the input', () => {
  it('HTML front end on HTML-ish text', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, junk), (text) => {
        const facts = htmlFrontEnd.analyze({ path: 'page.html', lines: new LineIndex(text) });
        for (const d of facts.detections) expect(d.loc.line).toBeGreaterThanOrEqual(1);
      }),
      FUZZ,
    );
  }, HANG_BOUND);

  it('JS front end on JS-ish text, in every dialect', () => {
    fc.assert(
      fc.property(fc.oneof(jsish, junk), fc.constantFrom('a.js', 'a.jsx', 'a.ts', 'a.tsx', 'a.mjs'), (text, path) => {
        const facts = jsFrontEnd.analyze({ path, lines: new LineIndex(text) });
        if (facts.failed) expect(facts.failed.line).toBeGreaterThanOrEqual(1);
      }),
      FUZZ,
    );
  }, HANG_BOUND);
});

describe('fuzz: a known snippet in arbitrary surroundings is found at its line and column', () => {
  it("fbq('track', 'Lead') between valid statements, before arbitrary junk", () => {
    fc.assert(
      fc.property(jsStatements, fc.constantFrom('', ' ', '\t'), fc.oneof(jsStatements, jsish, junk), fc.constantFrom('\n', '\r\n', ';'), (before, indent, after, sep) => {
        const prefix = `${before}${indent}`;
        const text = `${prefix}fbq('track', 'Lead')${sep}${after}`;
        const facts = jsFrontEnd.analyze({ path: 'app.js', lines: new LineIndex(text) });
        expect(metaEvents(facts)).toContainEqual(endOf(prefix));
      }),
      FUZZ,
    );
  }, HANG_BOUND);

  it('a Meta Pixel <script> element and its inline call inside HTML junk', () => {
    fc.assert(
      fc.property(closedHtml, fc.oneof(htmlish, junk), (before, after) => {
        const text = `${before}<script src="https://connect.facebook.net/en_US/fbevents.js"></script><script>fbq('track', 'Lead');</script>${after}`;
        const facts = htmlFrontEnd.analyze({ path: 'page.html', lines: new LineIndex(text) });
        const at = endOf(before);
        const load = facts.detections.find((d) => d.tracker === 'meta-pixel' && d.kind === 'load');
        expect(load && { line: load.loc.line, column: load.loc.column }).toEqual(at);
        const inlineColumn = at.column + '<script src="https://connect.facebook.net/en_US/fbevents.js"></script><script>'.length;
        expect(metaEvents(facts)).toContainEqual({ line: at.line, column: inlineColumn });
      }),
      FUZZ,
    );
  }, HANG_BOUND);
});
