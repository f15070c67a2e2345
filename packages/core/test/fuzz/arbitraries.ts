import fc from 'fast-check';

/** Fixed seed and bounded runs: the fuzz tests are part of CI and must be fast and repeatable. */
export const FUZZ = { seed: 20261129, numRuns: 150 } as const;

const NEWLINE = fc.constantFrom('\n', '\r\n', '\r');
const WORD = fc.constantFrom('fbq', 'gtag', 'ttq', 'dataLayer', 'window', 'x', 'connect.facebook.net', 'é', '😀', '\u2028', '\0', '\uFEFF');
const NOISE = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }), WORD, NEWLINE);

/** Anything at all, biased towards characters that matter to the parsers. */
export const junk = fc.array(NOISE, { maxLength: 30 }).map((parts) => parts.join(''));

const HTML_BITS = fc.constantFrom(
  '<', '>', '</', '<script>', '</script>', '<script src="', '<script type="text/plain">', '<!--', '-->', '<![CDATA[', ']]>',
  '<div class="a', '"', "'", '=', '<img src=https://www.facebook.com/tr?id=1>', '<template>', '</template>', '<noscript>',
  '<iframe', '<style>', '</style>', '<textarea>', '<svg><script>', '&', '&#x', ';', 'onload="fbq(', ')">', '<?php', '?>',
);

/** HTML-ish text: tag soup, unclosed constructs, raw-text elements, entities and noise. */
export const htmlish = fc.array(fc.oneof(HTML_BITS, NOISE), { maxLength: 40 }).map((parts) => parts.join(''));

const JS_BITS = fc.constantFrom(
  '(', ')', '{', '}', '[', ']', ';', ',', '.', '?.', '=>', '`', '${', "'", '"', '/', '/*', '*/', '//', '<', '>', '</',
  'function', 'class', 'import', 'export', 'await', 'async', 'return', 'if', 'else', 'new', 'var', 'let', 'const', 'as', 'type',
  "fbq('track', 'Lead')", "fbq('init', '1')", "gtag('config', 'G-1')", "ttq.track('x')", '"https://connect.facebook.net/en_US/fbevents.js"',
);

/** JS/TS-ish text: keywords, brackets, quotes, comments, tracker calls and noise. */
export const jsish = fc.array(fc.oneof(JS_BITS, NOISE), { maxLength: 40 }).map((parts) => parts.join(''));

const IDENT = fc.constantFrom('a', 'b', 'value', 'items', 'π', '$el', '_x');
const EXPR = fc.oneof(
  IDENT,
  fc.integer().map(String),
  fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('`t ${a} \\` x`', '/a+[/]b/g', '[1, [2, {c: 3}]]', '{a: 1, "b": [2]}', '(a) => a * 2', 'new Map()', 'a?.b ?? c', 'a < b', 'x => /re/.test(x)'),
);
const STATEMENT: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(IDENT, EXPR).map(([n, e]) => `var ${n} = ${e};`),
  fc.tuple(IDENT, EXPR).map(([n, e]) => `function ${n}(p) { return ${e}; }`),
  fc.tuple(EXPR, EXPR).map(([a, b]) => `if (${a}) { x(${b}); } else { y(); }`),
  fc.string({ maxLength: 20 }).map((s) => `// ${s.replace(/[\n\r\u2028\u2029]/g, ' ')}`),
  fc.string({ maxLength: 20 }).map((s) => `/* ${s.replace(/\*\//g, '')} */`),
  EXPR.map((e) => `call(${e});`),
);

/** Valid JS statements, one to a line-ish, with mixed line endings: code a snippet can sit between. */
export const jsStatements = fc.array(fc.tuple(STATEMENT, NEWLINE, fc.constantFrom('', ' ', '\t')), { maxLength: 12 }).map((parts) =>
  parts.map(([s, nl, indent]) => `${indent}${s}${nl}`).join(''),
);

const TEXT = fc.string({ maxLength: 12 }).map((s) => s.replace(/[<&\r]/g, ' '));
const CLOSED_HTML = fc.oneof(
  TEXT,
  NEWLINE,
  fc.constantFrom('<div>', '</div>', '<p class="x">', '</span>', '<br/>', '<!-- a comment -->', '<!doctype html>', '<table><tr><td>', '&amp;', '&#xZZ;', '&nbsp', '<?bogus>', '<a href="https://www.facebook.com/sharer/sharer.php?u=x">', '<h1 title=\'a > b\'>', '<ul><li>é</li>', '<img src="a.png">', '<input value="😀">'),
  TEXT.map((t) => `<script type="application/ld+json">{"x": "${t}"}</script>`),
  TEXT.map((t) => `<style>p::after{content:"${t}"}</style>`),
);

/** HTML that never leaves the tokenizer inside a tag, comment, or raw-text element: a script after it is a script. */
export const closedHtml = fc.array(CLOSED_HTML, { maxLength: 25 }).map((parts) => parts.join(''));

/** GTM-ish JSON: container exports, truncated copies, other JSON, with tracker HTML inside. */
export const gtmish = fc
  .record({
    tags: fc.array(
      fc.record({
        name: fc.string({ maxLength: 10 }),
        type: fc.constantFrom('html', 'gaawe', 'cvt_123', 'ua', 'img'),
        html: fc.oneof(htmlish, fc.constant("<script>fbq('track', 'Lead');</script>")),
      }),
      { maxLength: 4 },
    ),
    shape: fc.constantFrom('export', 'bare', 'other'),
    cut: fc.option(fc.nat(), { nil: undefined }),
    nest: fc.integer({ min: 1, max: 400 }),
  })
  .map(({ tags, shape, cut, nest }) => {
    const tag = tags.map((t, i) => ({ tagId: String(i + 1), name: t.name, type: t.type, parameter: [{ type: 'TEMPLATE', key: 'html', value: t.html }], firingTriggerId: ['2147479553'] }));
    const doc =
      shape === 'export'
        ? { exportFormatVersion: 2, exportTime: '2026-02-07 05:11:16', containerVersion: { container: { publicId: 'GTM-ABC123' }, tag, trigger: [] } }
        : shape === 'bare'
          ? { tag }
          : { deep: JSON.parse(`${'['.repeat(nest)}${']'.repeat(nest)}`) as unknown, tag: 'not an array' };
    const text = JSON.stringify(doc, null, 4);
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });
