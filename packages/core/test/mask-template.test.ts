import { describe, expect, it } from 'vitest';
import { templateDialects } from '../src/detectors/templates/dialects/index.js';
import { maskTemplate } from '../src/detectors/templates/mask-template.js';
import { templateFrontEnd } from '../src/detectors/templates/template-front-end.js';
import { LineIndex } from '../src/source/line-index.js';

// Pieces that open, close and nest every dialect's syntax, shuffled into many documents.
const PIECES = [
  '{%', '%}', '{{', '}}', '{{{', '}}}', '{#', '#}', '{{!--', '--}}', '{{/*', '*/}}', '<?php', '<?=', '?>', '<%', '<%=', '<%#', '%>',
  '@{', '}', '@*', '*@', '@Model.Id', '{*', '*}', '{ldelim}', '{rdelim}', '{literal}', '{/literal}', '{% raw %}', '{% endraw %}',
  '"', "'", '`', '\\', '\\"', "\\'", '//', '#', '/*', '<<<EOT\n', '\nEOT;', '---\n', '\n', '\r\n', ' ', 'fbq(', "'init'", '<script>', '</script>',
  '-#', '= render', '```', 'x', 'é', '😀',
];

function* documents(seed: number, count: number): Generator<string> {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648), s);
  for (let i = 0; i < count; i++) {
    const n = next() % 40;
    let text = '';
    for (let j = 0; j < n; j++) text += PIECES[next() % PIECES.length];
    yield text;
  }
}

// UTF-16 offsets, as LineIndex counts them.
const breaks = (t: string) => t.split('').flatMap((c, i) => (c === '\n' || c === '\r' ? [i] : []));

describe('template masking keeps every offset', () => {
  for (const d of templateDialects) {
    it(`${d.id}: same length, same line breaks, for 400 generated documents`, () => {
      for (const text of documents(d.id.length * 7919, 400)) {
        const masked = maskTemplate(text, d).text;
        expect(masked.length).toBe(text.length);
        expect(breaks(masked)).toEqual(breaks(text));
      }
    });
  }
});

describe('template front end on generated documents', () => {
  for (const d of templateDialects) {
    it(`${d.id}: never throws, and every position is inside the file`, () => {
      const path = `views/page${d.extensions[0]!}`;
      for (const text of documents(d.id.length * 104729, 60)) {
        const lines = new LineIndex(`---\n---\n${text}`);
        const facts = templateFrontEnd.analyze({ path, lines });
        const last = lines.position(lines.text.length).line;
        for (const p of [...facts.detections.map((x) => x.loc), ...facts.references]) expect(p.line).toBeLessThanOrEqual(last);
      }
    });
  }
});
