import { describe, expect, it } from 'vitest';
import { templateFrontEnd } from '../src/detectors/templates/template-front-end.js';
import { LineIndex } from '../src/source/line-index.js';

type Row = [tracker: string, kind: string, line: number, column: number];

function analyze(path: string, text: string) {
  expect(templateFrontEnd.accepts(path, text)).toBe(true);
  const facts = templateFrontEnd.analyze({ path, lines: new LineIndex(text) });
  return {
    found: facts.detections.map((d): Row => [d.tracker, d.kind, d.loc.line, d.loc.column]),
    refs: facts.references.map((r) => [r.kind, r.specifier, r.line, r.column]),
    detections: facts.detections,
  };
}

const SNIPPET_LOADER = "t.src = 'https://connect.facebook.net/en_US/fbevents.js';";

describe('template front end: trackers inside template syntax, positioned in the template', () => {
  it('PHP: a snippet echoed from double- and single-quoted strings; commented-out PHP is not a tracker', () => {
    const { found, detections } = analyze(
      'wp-content/themes/t/header.php',
      [
        '<head>',
        '<?php',
        "// echo \"<script>fbq('init', 'OLD');</script>\";",
        "/* echo '<img src=\"https://www.facebook.com/tr?id=1\">'; */",
        '$id = get_option( \'acme_px\' );',
        'echo "<script>',
        "fbq('init', '$id'); fbq('track', 'PageView');",
        '</script>";',
        "echo '<noscript><img src=\"https://www.facebook.com/tr?id=' . $id . '&ev=PageView&noscript=1\"></noscript>';",
        '?>',
        '</head>',
      ].join('\n'),
    );
    expect(found).toEqual([
      ['meta-pixel', 'init', 7, 1],
      ['meta-pixel', 'event', 7, 21],
      ['meta-pixel', 'beacon', 9, 17],
    ]);
    expect(detections[0]!.details.id).toBe('$id');
    expect(detections[0]!.evidence).toBe("fbq('init', '$id')");
  });

  it('PHP: escaped quotes inside a single-quoted PHP string become the JS quotes', () => {
    const { found, detections } = analyze('inc/pixel.php', "<?php echo '<script>fbq(\\'init\\', \\'123456\\');</script>'; ?>");
    expect(found).toEqual([['meta-pixel', 'init', 1, 21]]);
    expect(detections[0]!.details.id).toBe('123456');
  });

  it('Liquid: tags inside a script fall back to a token scan at the right place; comments are skipped', () => {
    const { found, detections } = analyze(
      'snippets/search.liquid',
      [
        "{% comment %}fbq('track', 'Old');{% endcomment %}",
        '<script>',
        "{% if template contains 'search' %}",
        "  fbq('track', 'Search', { search_string: {{ search.terms | json }} });",
        '{% endif %}',
        '</script>',
      ].join('\n'),
    );
    expect(found).toEqual([['meta-pixel', 'event', 4, 3]]);
    expect(detections[0]!.details.event).toBe('Search');
  });

  it('Nunjucks: output tags in JS become a value, so the script still parses and ids read as written', () => {
    const { found, detections } = analyze(
      'src/_includes/pixel.njk',
      ['{# fbq("track", "Lead") #}', '<script>', SNIPPET_LOADER, "fbq('init', {{ pixelId | dump | safe }});", '</script>'].join('\n'),
    );
    expect(found).toEqual([
      ['meta-pixel', 'load', 3, 9],
      ['meta-pixel', 'init', 4, 1],
    ]);
    expect(detections[1]!.certainty).toBe('certain');
    expect(detections[1]!.details.id).toBe('{{ pixelId | dump | safe }}');
  });

  it('Smarty: {ldelim} escapes print braces, {* *} comments are skipped', () => {
    const { found } = analyze(
      'themes/shop/header.tpl',
      ["{* fbq('track', 'Old') *}", '<script>', '!function(f){ldelim}f.x=1{rdelim}(window);', "fbq('init', '{$pixel_id}');", '</script>'].join('\n'),
    );
    expect(found).toEqual([['meta-pixel', 'init', 4, 1]]);
  });

  it('Blade: {{-- --}} comments skipped, {{ }} and @directives masked', () => {
    const { found, refs } = analyze(
      'resources/views/layouts/app.blade.php',
      ["{{-- <script>fbq('track', 'Old')</script> --}}", '@include(\'partials.pixel\')', "<script>fbq('init', '{{ config('services.meta.pixel') }}');</script>"].join('\n'),
    );
    expect(found).toEqual([['meta-pixel', 'init', 3, 9]]);
    expect(refs).toEqual([['includes', 'partials/pixel', 2, 1]]);
  });

  it('ERB, EJS, Handlebars and Razor comments are not trackers; their includes are references', () => {
    expect(analyze('app/views/layouts/application.html.erb', "<%# fbq('track', 'Old') %>\n<%= render 'shared/pixel' %>").found).toEqual([]);
    expect(analyze('app/views/layouts/application.html.erb', "<%# fbq('track', 'Old') %>\n<%= render 'shared/pixel' %>").refs).toEqual([['includes', 'shared/pixel', 2, 5]]);
    const ejs = analyze('views/page.ejs', "<%# fbq('track', 'Old') %>\n<%- include('partials/head') %>\n<script>fbq('track', 'Lead');</script>");
    expect(ejs.found).toEqual([['meta-pixel', 'event', 3, 9]]);
    expect(ejs.refs).toEqual([['includes', 'partials/head', 2, 5]]);
    const hbs = analyze('views/home.hbs', "{{!-- <script>fbq('track', 'Old')</script> --}}\n{{> head }}\n{{#> layout }}x{{/layout}}");
    expect(hbs.found).toEqual([]);
    expect(hbs.refs.filter((r) => !String(r[1]).endsWith('.json'))).toEqual([
      ['includes', 'head', 2, 1],
      ['includes', 'layout', 3, 1],
    ]);
    const razor = analyze('Views/Home/Index.cshtml', "@* fbq('track', 'Old') *@\n<script>fbq('init', '@Model.PixelId');</script>\n<partial name=\"_Pixel\" />");
    expect(razor.found).toEqual([['meta-pixel', 'init', 2, 9]]);
    expect(razor.detections[0]!.details.id).toBe('@Model.PixelId');
    expect(razor.refs).toEqual([
      ['extends', '_ViewStart.cshtml', 1, 1],
      ['includes', '_Pixel', 3, 1],
    ]);
  });

  it('HAML: a -# comment covers its indented block', () => {
    const { found } = analyze('app/views/layouts/application.html.haml', "%head\n  -# Removed pixel:\n    :javascript\n      fbq('track', 'Old');\n  :javascript\n    fbq('track', 'Lead');");
    expect(found).toEqual([['meta-pixel', 'event', 6, 5]]);
  });

  it('HAML is token-scanned with -# comments blanked', () => {
    const { found, refs } = analyze('app/views/shared/_pixel.html.haml', "-# fbq('track', 'Old')\n:javascript\n  fbq('track', 'Lead');\n= render 'shared/consent'");
    expect(found).toEqual([['meta-pixel', 'event', 3, 3]]);
    expect(refs).toEqual([['includes', 'shared/consent', 4, 3]]);
  });

  it('Hugo partials, Liquid includes and front matter layouts are references; commented ones are not', () => {
    // Under `_default` (an underscore folder) no Eleventy directory data applies.
    const hugo = analyze('layouts/_default/baseof.html', '<head>{{ partial "head/pixel.html" . }}{{/* partial "old.html" . */}}</head>');
    expect(hugo.refs).toEqual([['includes', 'head/pixel.html', 1, 7]]);
    const jekyll = analyze('about/index.html', '---\nlayout: default\ntitle: About\n---\n{% include head.html %}\n{% comment %}{% include old.html %}{% endcomment %}');
    expect(jekyll.refs).toEqual([
      ['extends', '/about/about.json', 1, 1],
      ['extends', '/about/about.11tydata.json', 1, 1],
      ['extends', 'default', 2, 9],
      ['includes', 'head.html', 5, 1],
    ]);
  });

  it('Markdown pages: code fences are examples, raw HTML runs', () => {
    const { found } = analyze(
      'docs/setup.md',
      ['---', 'layout: default', '---', '```html', "<script>fbq('track', 'Example');</script>", '```', "<script>fbq('track', 'PageView');</script>"].join('\n'),
    );
    expect(found).toEqual([['meta-pixel', 'event', 7, 9]]);
  });

  it('plain HTML and Markdown without template syntax are left to the HTML reader', () => {
    expect(templateFrontEnd.accepts('_site/index.html', '<!DOCTYPE html><p>built</p>')).toBe(false);
    expect(templateFrontEnd.accepts('_site/app.html', "<p>built</p><script>if(a){{fbq('track','Lead')}}</script>")).toBe(false);
    expect(templateFrontEnd.accepts('pixel.html', "<p>{{ site.title }}</p><script>if(a){{fbq('track','Lead')}}</script>")).toBe(true);
    expect(templateFrontEnd.accepts('_includes/pixel.html', "<script>fbq('init', '{{ site.pixel }}')</script>")).toBe(true);
    expect(templateFrontEnd.accepts('README.md', '# Readme\n```html\n<script>fbq("init")</script>\n```')).toBe(false);
    expect(templateFrontEnd.accepts('app.js', "fbq('init', '1')")).toBe(false);
  });
});

describe('template built-ins and Markdown headings', () => {
  it("Hugo's internal Google Analytics template is a tracker load; a commented call is not", () => {
    const { found } = analyze('layouts/partials/head.html', '{{/* {{ template "_internal/google_analytics.html" . }} */}}\n<head>\n  {{ template "_internal/google_analytics.html" . }}\n</head>');
    expect(found).toEqual([['google-analytics', 'load', 3, 3]]);
  });

  it('a Markdown page heading is content evidence', () => {
    const f = templateFrontEnd.analyze({ path: 'get-help.md', lines: new LineIndex('---\nlayout: default\n---\n\n# Are you experiencing domestic abuse?\n') });
    expect(f.sensitiveContent?.map((r) => r.match)).toEqual(["title is about 'domestic abuse' [abuse-and-violence] (get-help.md:5)"]);
  });
});

describe('Go template statements', () => {
  it('{{ if }} and {{ end }} around a call are blanked, so the script still parses', () => {
    const { detections } = analyze('layouts/partials/pixel.html', "<script>\n{{ if .Site.Params.pixel }}fbq('init', '{{ .Site.Params.pixel }}');{{ end }}\n</script>");
    expect(detections.map((d) => [d.kind, d.loc.line, d.loc.column, d.certainty, d.details.id])).toEqual([['init', 2, 28, 'certain', '{{ .Site.Params.pixel }}']]);
  });
});

describe('first-party <script src> in templates', () => {
  it.each([
    ['_includes/head.html', `<script src="{{ '/assets/js/pixel.js' | relative_url }}"></script>`, '/assets/js/pixel.js'],
    ['_includes/head.html', '<script defer src="{{ site.baseurl }}/assets/js/pixel.js"></script>', '/assets/js/pixel.js'],
    ['theme/header.php', '<script src="<?php echo get_template_directory_uri(); ?>/js/pixel.js"></script>', './js/pixel.js'],
    ['views/page.ejs', '<script src="/js/pixel.js?v=<%= version %>"></script>', '/js/pixel.js?v='],
  ])('%s: %s links %s', (path, text, specifier) => {
    expect(analyze(path, text).refs).toEqual([['links-script', specifier, 1, 1]]);
  });

  it('a computed source is not a link', () => {
    expect(analyze('_includes/head.html', '<script src="{{ page.script }}"></script>').refs).toEqual([]);
  });
});
