import { describe, expect, it } from 'vitest';
import { analyze } from '@pixel-patrol/core';
import { templateIncludeResolver } from '../src/reach/template-include-resolver.js';
import { eleventy } from '../src/routes/eleventy/index.js';
import { hugo } from '../src/routes/hugo/index.js';
import { jekyll } from '../src/routes/jekyll/index.js';
import type { ProjectFiles } from '../src/routes/route.js';
import { wordpressTheme } from '../src/routes/wordpress-theme/index.js';
import { FIXTURES } from './helpers/fixtures.js';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

function project(dir: string): ProjectFiles {
  const root = join(FIXTURES, dir);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return { root, files: files.sort() };
}

const routes = (mapper: typeof jekyll, p: ProjectFiles) => mapper.map(p).map((e) => `${e.file} → ${e.pattern} (${e.role})`);

describe('template route mappers', () => {
  it('Jekyll: page paths and permalink front matter; _layouts and _includes are not pages', () => {
    const p = project('jekyll-site');
    expect(jekyll.enabled(p)).toBe(true);
    expect(routes(jekyll, p)).toEqual(['about/index.html → /about/ (page)', 'donate/index.html → /donate/ (page)', 'get-help/domestic-abuse.md → /get-help/domestic-abuse/ (page)', 'index.md → / (page)']);
  });

  it('Eleventy: the input folder holding _includes, pretty URLs and permalinks', () => {
    const p = { ...project('eleventy-jobs-pixel'), packageJson: { devDependencies: { '@11ty/eleventy': '3.1.2' } } };
    expect(eleventy.enabled(p)).toBe(true);
    expect(routes(eleventy, p)).toEqual([
      'src/council-tax/support.njk → /council-tax/support/ (page)',
      'src/index.njk → / (page)',
      'src/jobs/index.njk → /jobs/ (page)',
      'src/jobs/social-worker.njk → /jobs/social-worker/ (page)',
      'src/report/hate-crime.njk → /report/hate-crime/ (page)',
    ]);
  });

  it('WordPress: hierarchy templates serve any URL, functions.php runs everywhere, partials have no route of their own', () => {
    const p = project('wordpress-theme');
    expect(wordpressTheme.enabled(p)).toBe(true);
    const t = 'wp-content/themes/northvale';
    expect(routes(wordpressTheme, p)).toEqual([`${t}/front-page.php → / (page)`, `${t}/functions.php → /** (entry)`, `${t}/index.php → /** (page)`, `${t}/page-sti-testing.php → /**/sti-testing (page)`]);
  });

  it('Hugo: _default layouts wrap every page, section layouts their section', () => {
    const p: ProjectFiles = {
      root: '/nowhere',
      files: ['hugo.toml', 'layouts/_default/baseof.html', 'layouts/_default/single.html', 'layouts/index.html', 'layouts/partials/head.html', 'layouts/report/single.html', 'content/report/_index.md'],
    };
    expect(hugo.enabled(p)).toBe(true);
    expect(routes(hugo, p)).toEqual([
      'layouts/_default/baseof.html → /** (layout)',
      'layouts/_default/single.html → /** (layout)',
      'layouts/index.html → / (page)',
      'layouts/report/single.html → /report/** (layout)',
    ]);
  });
});

describe('template include resolver', () => {
  const files = [
    '_includes/head.html',
    '_layouts/default.html',
    'src/_includes/partials/pixel.njk',
    'src/jobs/index.njk',
    'resources/views/partials/pixel.blade.php',
    'resources/views/welcome.blade.php',
    'app/views/shared/_pixel.html.erb',
    'app/views/home/index.html.erb',
    'Views/_ViewStart.cshtml',
    'Views/Shared/_Layout.cshtml',
    'Views/Home/Index.cshtml',
    'theme/header.php',
    'theme/template-parts/content-page.php',
    'theme/page.php',
    'layouts/partials/head/pixel.html',
    'layouts/_default/baseof.html',
  ];
  const resolve = templateIncludeResolver.prepare({ root: '/nowhere', files });
  const ref = (kind: 'includes' | 'extends', specifier: string) => ({ kind, specifier, line: 1, column: 1 });

  it.each([
    ['_layouts/default.html', 'includes', 'head.html', '_includes/head.html'],
    ['about/index.html', 'extends', 'default', '_layouts/default.html'],
    ['src/jobs/index.njk', 'includes', 'partials/pixel.njk', 'src/_includes/partials/pixel.njk'],
    ['resources/views/welcome.blade.php', 'includes', 'partials/pixel', 'resources/views/partials/pixel.blade.php'],
    ['app/views/home/index.html.erb', 'includes', 'shared/pixel', 'app/views/shared/_pixel.html.erb'],
    ['Views/Home/Index.cshtml', 'extends', '_ViewStart.cshtml', 'Views/_ViewStart.cshtml'],
    ['Views/_ViewStart.cshtml', 'extends', '_Layout', 'Views/Shared/_Layout.cshtml'],
    ['theme/page.php', 'includes', 'header.php', 'theme/header.php'],
    ['theme/page.php', 'includes', 'template-parts/content-page.php', 'theme/template-parts/content-page.php'],
    ['layouts/_default/baseof.html', 'includes', 'head/pixel.html', 'layouts/partials/head/pixel.html'],
  ] as const)('%s %s %s → %s', (from, kind, spec, expected) => {
    expect(resolve(ref(kind, spec), from)).toBe(expected);
  });

  it('leaves computed and missing names unresolved (the partial then has unknown reach)', () => {
    expect(resolve(ref('includes', '{{ page.pixel }}'), '_layouts/default.html')).toBeUndefined();
    expect(resolve(ref('includes', 'missing.html'), '_layouts/default.html')).toBeUndefined();
  });
});

describe('template route details', () => {
  it('Jekyll posts get the default dated permalink under any category', () => {
    const p: ProjectFiles = { root: '/nowhere', files: ['_config.yml', '_layouts/post.html', '_posts/2026-03-01-new-helpline.md', '_drafts/idea.md'] };
    expect(routes(jekyll, p)).toEqual(['_posts/2026-03-01-new-helpline.md → /**/2026/03/01/new-helpline.html (page)']);
  });
});

describe('Eleventy directory data', () => {
  it('a folder data file gives its pages a layout: layout ← data file ← page', async () => {
    const result = await analyze({ cwd: join(FIXTURES, 'eleventy-jobs-pixel'), paths: ['.'] });
    expect(result.edges.filter((e) => e.dependent.startsWith('src/council-tax/') || e.dependency.startsWith('src/council-tax/')).map((e) => `${e.dependent} → ${e.dependency} (${e.kind} ${e.line}:${e.column})`)).toEqual([
      'src/council-tax/council-tax.json → src/_includes/layouts/base.njk (extends 2:13)',
      'src/council-tax/support.njk → src/council-tax/council-tax.json (extends 1:1)',
    ]);
  });
});

describe('Jekyll front matter defaults', () => {
  it('a page without a layout key reaches the default layouts of _config.yml', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-jekyll-'));
    try {
      const put = (file: string, text: string) => {
        mkdirSync(join(root, file, '..'), { recursive: true });
        writeFileSync(join(root, file), text);
      };
      put('pixel-patrol.config.json', '{ "sensitive": { "routes": ["/report/**"] } }');
      put('_config.yml', 'title: Site\ndefaults:\n  - scope:\n      path: ""\n    values:\n      layout: "default"\n');
      put('_layouts/default.html', '<html><head>{% include pixel.html %}</head><body>{{ content }}</body></html>');
      put('_includes/pixel.html', "<script>fbq('track', 'PageView');</script>");
      put('report/index.html', '---\ntitle: Report\n---\n<h1>Report</h1>');
      const result = await analyze({ cwd: root, paths: ['.'] });
      expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.routes!.map((r) => r.proof).join(' | ')}`)).toEqual([
        '_includes/pixel.html:1:9 _includes/pixel.html ← _layouts/default.html ← _config.yml ← report/index.html (page /report/)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
