import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parsedHtmlFacts } from '../src/detectors/html/parsed-html-facts.js';
import { plainPageFacts } from '../src/detectors/html/plain-page-facts.js';
import { mayContainTracker } from '../src/detectors/prefilter.js';
import { dialectFor } from '../src/detectors/templates/dialect-for.js';
import { maskTemplate } from '../src/detectors/templates/mask-template.js';
import { decode } from '../src/files/read-file.js';
import { readFrontMatter } from '../src/parse/front-matter.js';
import { LineIndex } from '../src/source/line-index.js';
import { closedHtml, FUZZ, htmlish } from './fuzz/arbitraries.js';
import { FIXTURES } from './helpers/fixtures.js';

type Titles = Array<{ text: string; offset: number }>;

/**
 * Asserts the plain path, when it is taken, gives exactly the parse5 path's facts; returns
 * whether it was taken.
 */
function samePlainFacts(path: string, text: string, titles: Titles = [], options: { reportUnparsedScripts?: boolean } = {}): boolean {
  const lines = new LineIndex(text);
  const plain = plainPageFacts(lines, titles);
  if (plain) expect(plain, path).toStrictEqual(parsedHtmlFacts(path, lines, titles, options));
  return plain !== undefined;
}

/** The text and titles the template front end hands to `htmlFacts`. */
function asTemplate(path: string, text: string): { text: string; titles: Titles } | undefined {
  const dialect = dialectFor(path, text);
  if (!dialect || dialect.markup !== 'html') return undefined;
  const masked = maskTemplate(text, dialect).text;
  const title = dialect.frontMatter ? readFrontMatter(text)?.fields.get('title') : undefined;
  const titles: Titles = title ? [{ text: title.value, offset: title.offset }] : [];
  const heading = dialect.id === 'markdown-page' ? /^#[ \t]+(.+)$/m.exec(masked) : null;
  if (heading) titles.push({ text: heading[1]!, offset: heading.index });
  return { text: masked, titles };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('plain path ≡ parse5 path', () => {
  it('every HTML page and HTML template under fixtures/', () => {
    let pages = 0;
    let plain = 0;
    let plainTemplates = 0;
    for (const abs of filesUnder(FIXTURES)) {
      const path = relative(FIXTURES, abs);
      const text = decode(readFileSync(abs), true)?.text;
      if (text === undefined) continue;
      const template = asTemplate(path, text);
      if (template) {
        pages++;
        if (samePlainFacts(path, template.text, template.titles)) plainTemplates++;
      } else if (/^\.html?$/.test(extname(path))) {
        pages++;
        if (samePlainFacts(path, text, [], { reportUnparsedScripts: true })) plain++;
      }
    }
    expect(pages).toBeGreaterThan(60);
    expect(plain, 'some fixture pages take the plain path').toBeGreaterThan(5);
    expect(plainTemplates, 'some masked templates take the plain path').toBeGreaterThan(5);
  });

  describe('the generated benchmark tree (scale 1)', () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-bench-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('every page; each one without tracker bytes takes the plain path', async () => {
      const bench = fileURLToPath(new URL('../../../bench/generate.js', import.meta.url));
      const { generate } = (await import(pathToFileURL(bench).href)) as { generate: (out: string, o: { scale: number; seed: number }) => unknown };
      generate(root, { scale: 1, seed: 1 });
      const pages = filesUnder(join(root, 'site')).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(400);
      for (const abs of pages) {
        const text = readFileSync(abs, 'utf8');
        expect(samePlainFacts(relative(root, abs), text, [], { reportUnparsedScripts: true }), abs).toBe(!mayContainTracker(text));
      }
    });
  });

  // Mostly what the plain path reads (whole and partial tags, raw text, comments, odd attributes),
  // now and then something it must refuse (keywords, references, inline code, unsure elements).
  const READ = fc.constantFrom(
    '<script src="/a.js"></script>', "<SCRIPT SRC='/c.js'></SCRIPT >", '<script src=/b.js />', '<script src="/a.js">', '</script>',
    '<script type="application/ld+json">{}</script>', '<script type="text/plain" src="/g.js"></script>', '<script type=MODULE src=/m.js></script>',
    '<script src="https://cdn.jsdelivr.net/npm/x.js"></script>', '<script src=/d.js src=/e.js></script>', '<script\nsrc="/n.js"\n></script>',
    '<script type="text/x-template"><p>x</p></script>', '<!--', '-->', '<!-- <script src="/old.js"></script> -->', '<!DOCTYPE html>',
    '<?xml x?>', '</>', '</ x>', '<', '>', '"', "'", '=', '/', ' ', '\n', '\r\n', '\r', '\t', '<p>', '</p>', '<a title="x>y">',
    "<a title='<script src=/q.js>'>", '<a href=/x>', '<a b=c=d>', '<a =x>', '<a/b>', '<title>', '</title>', '<textarea>', '</textarea>',
    '<style>', '</style>', '<iframe src="/f">', '</iframe>', '<xmp>', '</xmp>', '<noembed>', '</noembed>', '<h1>', '</h1>', '<form>',
    '</form>', '<input value="', '<img src="/i.png">', '<image src=/i.png>', '<link rel=preload href="/p.js">', '<br/>', '<div class="',
    'x', 'hello world', '<html>', '<body>', '</body>', '</html>', '<head>', '</head>', '\uFEFF', 'é', '&amp;', '&lt;', '&#38;',
  );
  const REFUSED = fc.constantFrom(
    '--!>', '<!-->', '&nbsp;', '&#97;', '&#x52;', '&fjlig;', '&', 'domestic', 'abuse', 'ra', 'pe', 'quick', '-exit', 'exit this page',
    'hate crime', '<em>', '</span>', '<table>', '<td>', '<svg>', '<template>', '<noscript>', '<select>', '<base href=/>', '<plaintext>',
    'onclick="go()"', '<script>var a = 1;', '<script src="https://static.criteo.net/js/ld/publishertag.js"></script>', '<!-- x',
  );
  const plainish = fc
    .array(fc.oneof({ arbitrary: READ, weight: 30 }, { arbitrary: REFUSED, weight: 1 }), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('fuzz: page-shaped text built from the constructs the plain path reads or refuses', () => {
    let plain = 0;
    fc.assert(
      fc.property(plainish, (text) => {
        if (samePlainFacts('page.html', text)) plain++;
      }),
      { seed: FUZZ.seed, numRuns: 4000 },
    );
    expect(plain, 'the plain path is taken in some runs').toBeGreaterThan(1000);
  });

  it('fuzz: the shared HTML-ish arbitraries', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, closedHtml), (text) => {
        samePlainFacts('page.html', text);
      }),
      { seed: FUZZ.seed, numRuns: 1000 },
    );
  });
});
