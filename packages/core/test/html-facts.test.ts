import { describe, expect, it } from 'vitest';
import { htmlFacts } from '../src/detectors/html/html-facts.js';
import { LineIndex } from '../src/source/line-index.js';

function facts(html: string) {
  const f = htmlFacts('index.html', new LineIndex(html));
  return { ...f, rows: f.detections.map((d) => [d.tracker, d.kind, d.loc.line, d.loc.column, d.certainty]) };
}

const GTM_SNIPPET = [
  '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});',
  "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;",
  "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-NV8K2Q');</script>",
  '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-NV8K2Q" height="0" width="0"></iframe></noscript>',
].join('\n');

describe('HTML facts', () => {
  it('GTM: the container id from the inline snippet and the noscript iframe, and one loads-container reference', () => {
    const f = facts(GTM_SNIPPET);
    expect(f.rows).toEqual([
      ['google-tag-manager', 'load', 2, 76, 'certain'],
      ['google-tag-manager', 'load', 4, 11, 'certain'],
    ]);
    expect(f.detections.map((d) => d.details.id)).toEqual(['GTM-NV8K2Q', 'GTM-NV8K2Q']);
    expect(f.references).toEqual([{ kind: 'loads-container', specifier: 'GTM-NV8K2Q', line: 2, column: 76 }]);
  });

  it('GTM: the id of a gtm.js <script src>', () => {
    const f = facts('<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD"></script>');
    expect(f.detections[0]!.details.id).toBe('GTM-AB12CD');
    expect(f.references).toEqual([{ kind: 'loads-container', specifier: 'GTM-AB12CD', line: 1, column: 1 }]);
  });

  it('unknown third-party hosts are classified with third-party-web; CDNs are not trackers', () => {
    const f = facts(
      '<script src="https://static.criteo.net/js/ld/publishertag.js"></script>\n<script src="https://cdn.jsdelivr.net/npm/govuk-frontend@5/dist/all.js"></script>\n<script src="https://mc.yandex.ru/metrika/tag.js"></script>',
    );
    expect(f.rows).toEqual([
      ['third-party-advertising', 'load', 1, 1, 'likely'],
      ['third-party-analytics', 'load', 3, 1, 'likely'],
    ]);
    expect(f.detections[0]!.details.entity).toBe('Criteo');
    expect(f.detections[0]!.evidence).toBe('<script src="https://static.criteo.net/js/ld/publishertag.js"> (Criteo, third-party-web category "ad")');
  });

  it('consent-blocked scripts are gated, Partytown scripts run, JSON-LD and preconnect hints are ignored', () => {
    const f = facts(
      [
        '<script type="application/ld+json">{"sameAs":"https://www.facebook.com/tr"}</script>',
        '<link rel="preconnect" href="https://connect.facebook.net">',
        '<link rel="preload" as="script" href="https://connect.facebook.net/en_US/fbevents.js">',
        '<script type="text/plain" data-category="marketing">fbq("init", "1");</script>',
        '<script type="text/partytown">fbq("track", "PageView");</script>',
      ].join('\n'),
    );
    expect(f.rows).toEqual([
      ['meta-pixel', 'load', 3, 1, 'likely'],
      ['meta-pixel', 'init', 4, 53, 'certain'],
      ['meta-pixel', 'event', 5, 31, 'certain'],
    ]);
    expect(f.detections[1]!.details.gate).toBe('type="text/plain"');
    expect(f.detections[2]!.details.gate).toBeUndefined();
  });

  it('inline handlers, <img> pixels and first-party script links', () => {
    const f = facts('<button onclick="fbq(\'track\', \'Lead\')">Send</button>\n<img src="https://px.ads.linkedin.com/collect?pid=1&fmt=gif">\n<script src="/js/pixel.js"></script>');
    expect(f.rows).toEqual([
      ['meta-pixel', 'event', 1, 18, 'certain'],
      ['linkedin-insight', 'beacon', 2, 1, 'certain'],
    ]);
    expect(f.references).toEqual([{ kind: 'links-script', specifier: '/js/pixel.js', line: 3, column: 1 }]);
  });

  it('an inline script that does not parse is token-scanned, without its comments', () => {
    const f = facts("<script>\n// fbq('track', 'Old');\nfbq('track', 'Lead'); if (\n</script>");
    expect(f.rows).toEqual([['meta-pixel', 'event', 3, 1, 'possible']]);
  });
});
