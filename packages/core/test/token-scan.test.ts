import { describe, expect, it } from 'vitest';
import { jsFrontEnd } from '../src/detectors/js/js-front-end.js';
import { LineIndex } from '../src/source/line-index.js';

function analyze(code: string) {
  return jsFrontEnd.analyze({ path: 'theme/head.js', lines: new LineIndex(code) });
}

describe('unparseable JS: token-scan fallback with certainty possible and a parse failure', () => {
  it('template tags inside a script', () => {
    const facts = analyze("{% if template contains 'search' %}\n  fbq('track', 'Search', { search_string: {{ search.terms | json }} });\n{% endif %}");
    expect(facts.failed).toMatchObject({ line: 1 });
    expect(facts.detections.map((d) => [d.tracker, d.kind, d.loc.line, d.loc.column, d.certainty, d.details.command])).toEqual([['meta-pixel', 'event', 2, 3, 'possible', 'track']]);
  });

  it('a truncated base-code snippet still shows its loader', () => {
    const facts = analyze("!function(f,b,e,v,n,t,s){…}(window, document,'script',\n'https://connect.facebook.net/en_US/fbevents.js');\nfbq('init', '1234'");
    expect(facts.failed).toBeDefined();
    expect(facts.detections.map((d) => [d.kind, d.loc.line, d.certainty])).toEqual([
      ['load', 2, 'possible'],
      ['init', 3, 'possible'],
    ]);
  });

  it('the same broken file with the pixel commented out', () => {
    const facts = analyze("{% if x %}\n// fbq('track', 'Search');\n/* <script src=\"https://connect.facebook.net/en_US/fbevents.js\"> */\n<!-- fbq('init', '1') -->\n{% endif %}");
    expect(facts.failed).toBeDefined();
    expect(facts.detections).toEqual([]);
  });

  it('a parseable file never reports failure', () => {
    const facts = analyze("fbq('track', 'Lead');");
    expect(facts.failed).toBeUndefined();
    expect(facts.detections.map((d) => d.certainty)).toEqual(['certain']);
  });
});
