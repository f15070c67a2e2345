import { describe, expect, it } from 'vitest';
import { toRoute as astroRoute } from '../../src/routes/astro/index.js';
import { toRoute as gatsbyRoute } from '../../src/routes/gatsby/index.js';
import { toRoute as nextAppRoute } from '../../src/routes/next-app/index.js';
import { toRoute as nextPagesRoute } from '../../src/routes/next-pages/index.js';
import { toRoute as nuxtRoute } from '../../src/routes/nuxt/index.js';
import { toRoute as remixRoute } from '../../src/routes/remix/index.js';
import { toRoute as spaRoute } from '../../src/routes/spa-entry/index.js';
import { outputRoot, toRoute as staticRoute } from '../../src/routes/static-output/index.js';
import { toRoute as svelteRoute } from '../../src/routes/sveltekit/index.js';

describe('Next.js app router', () => {
  it.each([
    ['page.tsx', '/', 'page'],
    ['layout.tsx', '/**', 'layout'],
    ['report/page.tsx', '/report', 'page'],
    ['report/[crimeType]/page.tsx', '/report/*', 'page'],
    ['docs/[...slug]/page.mdx', '/docs/**', 'page'],
    ['shop/[[...slug]]/page.js', '/shop/**', 'page'],
    ['(recruitment)/jobs/layout.tsx', '/jobs/**', 'layout'],
    ['(recruitment)/jobs/template.tsx', '/jobs/**', 'layout'],
    ['report/loading.tsx', '/report/**', 'layout'],
    ['dashboard/@analytics/page.tsx', '/dashboard', 'page'],
    ['feed/(..)photo/[id]/page.tsx', '/photo/*', 'page'],
    ['feed/(.)photo/[id]/page.tsx', '/feed/photo/*', 'page'],
    ['a/b/(...)login/page.tsx', '/login', 'page'],
    ['a/b/(..)(..)c/page.tsx', '/c', 'page'],
    ['post-[id]/page.tsx', '/post-*', 'page'],
  ])('%s → %s (%s)', (file, pattern, role) => {
    expect(nextAppRoute(file)).toEqual({ pattern, role });
  });

  it.each(['_components/pixel.tsx', 'report/_lib/page.tsx', 'api/report/route.ts', 'report/form.tsx'])('%s is not a route', (file) => {
    expect(nextAppRoute(file)).toBeUndefined();
  });
});

describe('Next.js pages router', () => {
  it.each([
    ['index.tsx', '/', 'page'],
    ['report/index.jsx', '/report', 'page'],
    ['report/[crimeType].jsx', '/report/*', 'page'],
    ['advice/[...slug].jsx', '/advice/**', 'page'],
    ['shop/[[...slug]].js', '/shop/**', 'page'],
    ['_app.tsx', '/**', 'entry'],
    ['_document.tsx', '/**', 'entry'],
    ['404.tsx', '/**', 'page'],
  ])('%s → %s (%s)', (file, pattern, role) => {
    expect(nextPagesRoute(file)).toEqual({ pattern, role });
  });

  it('leaves API routes out', () => {
    expect(nextPagesRoute('api/report.ts')).toBeUndefined();
  });
});

describe('SvelteKit', () => {
  it.each([
    ['+page.svelte', '/', 'page'],
    ['+layout.svelte', '/**', 'layout'],
    ['report/[crime]/+page.svelte', '/report/*', 'page'],
    ['report/[crime]/+page.ts', '/report/*', 'page'],
    ['(public)/volunteer/+layout.svelte', '/volunteer/**', 'layout'],
    ['[[lang]]/about/+page.svelte', '/**/about', 'page'],
    ['files/[...path]/+page.svelte', '/files/**', 'page'],
    ['items/[id=integer]/+page.svelte', '/items/*', 'page'],
    ['report/+error.svelte', '/report/**', 'layout'],
    ['admin/+page@.svelte', '/admin', 'page'],
  ])('%s → %s (%s)', (file, pattern, role) => {
    expect(svelteRoute(file)).toEqual({ pattern, role });
  });

  it('leaves endpoints and plain components out', () => {
    expect(svelteRoute('api/+server.ts')).toBeUndefined();
    expect(svelteRoute('report/Form.svelte')).toBeUndefined();
  });
});

describe('Astro, Gatsby, Nuxt', () => {
  it.each([
    ['index.astro', '/'],
    ['report/index.astro', '/report'],
    ['report/[slug].astro', '/report/*'],
    ['advice/[...path].md', '/advice/**'],
    ['_drafts/secret.astro', undefined],
    ['api/report.ts', undefined],
  ])('Astro %s → %s', (file, pattern) => {
    expect(astroRoute(file)).toBe(pattern);
  });

  it.each([
    ['index.js', '/'],
    ['report/index.tsx', '/report'],
    ['case/{Case.slug}.js', '/case/*'],
    ['files/[...].js', '/files/**'],
    ['_helpers.js', undefined],
  ])('Gatsby %s → %s', (file, pattern) => {
    expect(gatsbyRoute(file)).toBe(pattern);
  });

  it.each([
    ['pages/index.vue', { pattern: '/', role: 'page' }],
    ['pages/report/[id].vue', { pattern: '/report/*', role: 'page' }],
    ['pages/[...slug].vue', { pattern: '/**', role: 'page' }],
    ['pages/(marketing)/about.vue', { pattern: '/about', role: 'page' }],
    ['app.vue', { pattern: '/**', role: 'entry' }],
    ['layouts/default.vue', { pattern: '/**', role: 'layout' }],
    ['plugins/meta-pixel.client.ts', { pattern: '/**', role: 'entry' }],
    ['components/Pixel.vue', undefined],
  ])('Nuxt %s → %j', (file, route) => {
    expect(nuxtRoute(file)).toEqual(route);
  });
});

describe('Remix / React Router file routes', () => {
  const all = new Set(['_index', 'report', 'report.$id', 'report._index', '_auth', '_auth.login', '$', 'sitemap[.]xml', 'report_.edit']);
  it.each([
    ['_index.tsx', '/', 'page'],
    ['report.tsx', '/report/**', 'layout'],
    ['report.$id.tsx', '/report/*', 'page'],
    ['report._index.tsx', '/report', 'page'],
    ['report_.edit.tsx', '/report/edit', 'page'],
    ['_auth.tsx', '/**', 'layout'],
    ['_auth.login.tsx', '/login', 'page'],
    ['$.tsx', '/**', 'page'],
    ['sitemap[.]xml.ts', '/sitemap.xml', 'page'],
    ['report.$id/route.tsx', '/report/*', 'page'],
  ])('%s → %s (%s)', (file, pattern, role) => {
    expect(remixRoute(file, all)).toEqual({ pattern, role });
  });

  it('leaves colocated modules of folder routes out', () => {
    expect(remixRoute('report.$id/form.tsx', all)).toBeUndefined();
  });
});

describe('single-page apps and static output', () => {
  it.each([
    ['index.html', '/**'],
    ['public/index.html', '/**'],
    ['src/main.tsx', '/**'],
    ['src/index.js', '/**'],
    ['src/App.tsx', undefined],
  ])('SPA %s → %s', (file, pattern) => {
    expect(spaRoute(file)).toBe(pattern);
  });

  it.each([
    ['index.html', '/'],
    ['report/index.html', '/report/'],
    ['report.html', '/report'],
    ['advice/stalking.htm', '/advice/stalking'],
    ['search.html?q=stalking', '/search'],
  ])('static %s → %s', (file, pattern) => {
    expect(staticRoute(file)).toBe(pattern);
  });

  it('finds the output folder of a wget --mirror copy by its host name', () => {
    const files = ['www.northshire.police.uk/index.html', 'www.northshire.police.uk/report/index.html', 'notes.txt'];
    expect(outputRoot({ root: '/', files })).toBe('www.northshire.police.uk/');
    expect(outputRoot({ root: '/', files: ['dist/index.html', ...files] })).toBe('dist/');
  });
});
