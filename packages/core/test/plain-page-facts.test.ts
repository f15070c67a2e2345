import { describe, expect, it } from 'vitest';
import { htmlFacts } from '../src/detectors/html/html-facts.js';
import { parsedHtmlFacts } from '../src/detectors/html/parsed-html-facts.js';
import { plainPageFacts } from '../src/detectors/html/plain-page-facts.js';
import { LineIndex } from '../src/source/line-index.js';

/** The plain path's links as `specifier@line:column`, after checking they are the parse5 path's. */
function plainLinks(html: string): string[] {
  const lines = new LineIndex(html);
  const plain = plainPageFacts(lines);
  expect(plain, 'the plain path is taken').toBeDefined();
  expect(plain).toEqual(parsedHtmlFacts('page.html', lines));
  return plain!.references.map((r) => `${r.specifier}@${r.line}:${r.column}`);
}

function takesPlainPath(html: string): boolean {
  return plainPageFacts(new LineIndex(html)) !== undefined;
}

describe('plain pages are read without a parse tree', () => {
  it('a plain page: its script links, at the `<` of each tag', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Bins and recycling</title>\n  <script src="/js/app.js"></script>\n<script defer src=\'js/menu.js\'></script></head>\n<body><h1>Collection days</h1><p>Put the bin out by 7am.</p></body></html>\n';
    expect(plainLinks(page)).toEqual(['/js/app.js@3:3', 'js/menu.js@4:1']);
    expect(htmlFacts('page.html', new LineIndex(page))).toEqual({
      detections: [],
      references: [
        { kind: 'links-script', specifier: '/js/app.js', line: 3, column: 3 },
        { kind: 'links-script', specifier: 'js/menu.js', line: 4, column: 1 },
      ],
      problems: [],
    });
  });

  it('commented-out scripts are not links; comments ending in odd ways are left to the parser', () => {
    expect(plainLinks('<!-- <script src="/old.js"></script> -->\n<!---->\n<script src="/new.js"></script><!-- a -- b -->')).toEqual(['/new.js@3:1']);
    expect(takesPlainPath('<!--> <script src="/a.js"></script>')).toBe(false);
    expect(takesPlainPath('<!-- a --!> <script src="/a.js"></script>')).toBe(false);
    expect(takesPlainPath('<p>x</p><!-- never closed <script src="/a.js"></script>')).toBe(false);
  });

  it('`>` inside quoted attribute values, unquoted values, upper-case names, duplicate attributes', () => {
    expect(plainLinks('<a title="a > b" data-x=\'<script src=/no.js>\'>x</a><SCRIPT SRC=/up.js TYPE=Text/JavaScript></SCRIPT>')).toEqual(['/up.js@1:52']);
    expect(plainLinks('<script src=/first.js src=/second.js></script><script src = "/spaced.js" / ></script>')).toEqual(['/first.js@1:1', '/spaced.js@1:47']);
  });

  it('script types as the parser path reads them: data blocks are not code, consent-gated scripts are', () => {
    expect(plainLinks('<script type="application/ld+json">{"a": "<b>"}</script><script type=" TEXT/PLAIN " src="/gated.js"></script><script type="module" src="/m.js"></script><script type="text/x-template" src="/t.js"></script>')).toEqual([
      '/gated.js@1:57',
      '/m.js@1:110',
    ]);
  });

  it('CRLF, lone CR and a byte-order mark', () => {
    expect(plainLinks('\uFEFF<p>a</p>\r\n<script src="/a.js"></script>\r\n\r\n  <script src="/b.js"></script>')).toEqual(['/a.js@2:1', '/b.js@4:3']);
    expect(plainLinks('<p>a</p>\r<script src="/a.js"></script>\r<script\r\nsrc="/b\r\n.js"></script>')).toEqual(['/a.js@2:1', '/b\n.js@3:1']);
  });

  it('scripts inside raw text are text: `<title>`, `<textarea>`, `<style>`, `<iframe>`', () => {
    expect(plainLinks('<title>a <script src="/t.js"></script></title><textarea><script src="/ta.js"></script></textarea><style>p{}</style><iframe><script src="/if.js"></script></iframe><script src="/real.js"></script>')).toEqual(['/real.js@1:163']);
  });

  it('CDN and data: scripts are not links; a tracker or third-party-web host is left to the parser', () => {
    expect(plainLinks('<script src="https://cdn.jsdelivr.net/npm/govuk-frontend@5/dist/all.js"></script><script src="data:text/javascript,1"></script>')).toEqual([]);
    expect(takesPlainPath('<script src="https://static.criteo.net/js/ld/publishertag.js"></script>')).toBe(false);
  });
});

describe('pages the plain path leaves to the parser', () => {
  it.each([
    ['tracker-shaped bytes', '<p>Call fbq() later</p>'],
    ['an inline script', '<script>var a = 1;</script>'],
    ['an inline handler', '<button onclick="go()">Go</button>'],
    ['<!-- in a script', '<script type="text/x-template"><!-- <script></script> --></script>'],
    ['a character reference in a script URL', '<script src="/a.js?v=1&amp;w=2"></script>'],
    ['a character reference in a script type', '<script type="module&#32;" src="/a.js"></script>'],
    ['a tracker image URL written with a reference', '<img src="https://px.ads.linkedin&#46;com/collect?pid=1&fmt=gif">'],
    ['<template>', '<template><script src="/a.js"></script></template>'],
    ['<noscript>', '<noscript><p>Turn on JavaScript</p></noscript>'],
    ['<svg>', '<svg><style><script src="/a.js"></script></style></svg>'],
    ['<math>', '<math><mi>x</mi></math>'],
    ['<table> (foster parenting)', '<table><tr><td>x</td></tr></table>'],
    ['<select>', '<select><style><script src="/a.js"></script></style></select>'],
    ['<base href>', '<base href="/sub/"><script src="a.js"></script>'],
    ['<plaintext>', '<plaintext><script src="/a.js"></script>'],
    ['<frameset>', '<frameset><script src="/a.js"></script></frameset>'],
    ['a NUL', '<p>a\0b</p>'],
    ['a file ending inside a tag', '<p>a</p><script src="/a.js"'],
    ['a raw-text element never closed', '<title>Bins'],
  ])('%s', (_, html) => {
    expect(takesPlainPath(html)).toBe(false);
  });

  it.each([
    ['a title keyword', '<title>Report domestic abuse</title>'],
    ['a keyword split by a tag', '<h1>domestic <em>abuse</em></h1>'],
    ['a keyword joined by &nbsp;', '<h1>domestic&nbsp;abuse</h1>'],
    ['a keyword word written with a numeric reference', '<h1>r&#97;pe</h1>'],
    ['a keyword word written with a hex reference', '<h1>&#x52;ape</h1>'],
    ['a keyword word joined across a stray end tag', '<h1>ra</span>pe</h1>'],
    ['a keyword glued to the next text run', '<h1>Hardship fund</h1>s'],
    ['a named reference glued to a word', '<h1>ra&fjlig;pe</h1>'],
    ['a quick-exit class', '<a class="btn quick-exit" href="https://www.bbc.co.uk">Leave</a>'],
    ['a quick-exit label', '<a href="https://www.bbc.co.uk">Exit this page</a>'],
    ['a form placeholder', '<form><input placeholder="Your Universal Credit claim"></form>'],
  ])('content that may be sensitive: %s', (_, html) => {
    expect(takesPlainPath(html)).toBe(false);
  });

  it('a title given outside the markup (front matter) counts too', () => {
    const lines = new LineIndex('<p>Opening times</p>');
    expect(plainPageFacts(lines)).toBeDefined();
    expect(plainPageFacts(lines, [{ text: 'Hate crime' }])).toBeUndefined();
  });
});
