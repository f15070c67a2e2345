import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/parse/html.js';
import { inferSensitiveContent } from '../src/sensitivity/infer-sensitive-content.js';
import { LineIndex } from '../src/source/line-index.js';

function reasons(html: string, titles: Array<{ text: string; offset: number }> = []): string[] {
  return inferSensitiveContent(parseHtml(html).document, 'page.html', new LineIndex(html), titles).map((r) => `${r.source} | ${r.origin} | ${r.match}`);
}

describe('sensitive-content inference', () => {
  it('the GOV.UK "Exit this page" component', () => {
    expect(reasons('<main>\n<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"><a class="govuk-button">Exit this page</a></div>')).toEqual([
      'content | page content | quick-exit control (page.html:2)',
    ]);
  });

  it('a hand-made quick-exit link, by class or by its words', () => {
    expect(reasons('<a class="btn quick-exit" href="https://www.bbc.co.uk/weather">Leave</a>')).toEqual(['content | page content | quick-exit control (page.html:1)']);
    expect(reasons('<p>x</p>\n<a href="https://www.google.co.uk">Leave this site now</a>')).toEqual(['content | page content | quick-exit control (page.html:2)']);
  });

  it('a form asking about a sensitive topic, by labels, options and placeholders', () => {
    expect(reasons('<form>\n<label>Name</label><select><option>Sexual assault</option></select></form>')).toEqual([
      "content | page content | form asks about 'sexual assault' [abuse-and-violence] (page.html:1)",
    ]);
    expect(reasons('<form><input placeholder="Your Universal Credit claim number"></form>')).toEqual([
      "content | page content | form asks about 'universal credit' [benefits-and-debt] (page.html:1)",
    ]);
  });

  it('a title or main heading on a topic, and a front matter title', () => {
    expect(reasons('<title>Self-harm: getting help | NHS</title><h1>Get help now</h1>')).toEqual([
      "content | page content | title is about 'self-harm' [mental-health] (page.html:1)",
    ]);
    expect(reasons('<h1>\nLGBT+ hate crime</h1>')).toEqual(["content | page content | main heading is about 'lgbt' [lgbtq] (page.html:1)"]);
    expect(reasons('<h1>Hello</h1>', [{ text: 'Immigration status checks', offset: 0 }])).toEqual([
      "content | page content | title is about 'immigration status' [immigration] (page.html:1)",
    ]);
  });

  it('links, cards, paragraphs and unrelated forms do not make a page sensitive', () => {
    expect(
      reasons(
        [
          '<title>Home | Northshire Police</title><h1>Northshire Police</h1>',
          '<h2>Report domestic abuse</h2><p>We take stalking seriously.</p>',
          '<a href="/report/">Report a crime</a>',
          '<form><label>Search</label><input name="q"></form>',
          '<a href="/visas">Pay by Visa card</a>',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
