import { describe, expect, it } from 'vitest';
import { detectJs } from './helpers/detect.js';

function only(code: string, dialect?: 'js' | 'ts' | 'jsx' | 'tsx') {
  const found = detectJs(code, dialect);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('JS detector: event details', () => {
  it('init with Advanced Matching keys and where the values come from', () => {
    const d = only("fbq('init', '418273645501234', { em: form.email.value, ph: user.phone, external_id: 'abc' });");
    expect(d).toMatchObject({ kind: 'init', certainty: 'certain', details: { command: 'init', id: '418273645501234', keys: ['em', 'ph', 'external_id'], sources: { em: 'form-field', ph: 'user', external_id: 'literal' } } });
  });

  it('standard and custom events with parameter sources', () => {
    const [search, custom, single] = detectJs(
      "fbq('track', 'Search', { search_string: params.get('q') });\nfbq('trackCustom', 'ReportStarted', { page: location.pathname });\nfbq('trackSingle', '1234', 'Lead', { value: 1 });",
    );
    expect(search!.details).toMatchObject({ event: 'Search', standard: true, keys: ['search_string'], sources: { search_string: 'search-term' } });
    expect(custom!.details).toMatchObject({ event: 'ReportStarted', standard: false, sources: { page: 'url' } });
    expect(single!.details).toMatchObject({ event: 'Lead', id: '1234', standard: true, keys: ['value'], sources: { value: 'literal' } });
  });

  it('a custom name sent with track is not standard', () => {
    expect(only("fbq('track', 'CrimeReported');").details).toMatchObject({ event: 'CrimeReported', standard: false });
  });

  it('FormData and a value read into a local before sending', () => {
    const d = only("const data = new FormData(form);\nconst topic = data.get('topic');\nfbq('track', 'Contact', { topic });");
    expect(d.details.sources).toEqual({ topic: 'form-field' });
  });

  it('autoConfig false, the string "false" trap, consent and data processing options', () => {
    const [off, trap, consent, ldu] = detectJs(
      "fbq('set', 'autoConfig', false, '1234');\nfbq('set', 'autoConfig', 'false', '1234');\nfbq('consent', 'revoke');\nfbq('dataProcessingOptions', ['LDU'], 1, 1000);",
    );
    expect(off).toMatchObject({ kind: 'setting', details: { setting: 'autoConfig', value: false, id: '1234' } });
    expect(trap).toMatchObject({ kind: 'setting', details: { setting: 'autoConfig', value: 'false', id: '1234' } });
    expect(consent).toMatchObject({ kind: 'consent', details: { value: 'revoke' } });
    expect(ldu).toMatchObject({ kind: 'setting', details: { command: 'dataProcessingOptions', setting: 'dataProcessingOptions', value: ['LDU'] } });
  });

  it('wrapper init options carry autoConfig', () => {
    const [, init] = detectJs("import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('1234', undefined, { autoConfig: false, debug: false });");
    expect(init).toMatchObject({ kind: 'init', details: { id: '1234', package: 'react-facebook-pixel', settings: { autoConfig: false, debug: false } } });
  });

  it('gtag config routes AW- ids to Google Ads and G- ids to Analytics', () => {
    const [ads, ga, conversion] = detectJs("gtag('config', 'AW-123456789');\ngtag('config', 'G-ABCDEF1234');\ngtag('event', 'conversion', { send_to: 'AW-123456789/AbC' });");
    expect(ads).toMatchObject({ tracker: 'google-ads', kind: 'init', details: { id: 'AW-123456789' } });
    expect(ga).toMatchObject({ tracker: 'google-analytics', kind: 'init', details: { id: 'G-ABCDEF1234' } });
    expect(conversion).toMatchObject({ tracker: 'google-ads', kind: 'event', details: { event: 'conversion', id: 'AW-123456789/AbC' } });
  });

  it('gtag.js loader URL is attributed by its id', () => {
    const d = only("s.src = 'https://www.googletagmanager.com/gtag/js?id=AW-123456789';");
    expect(d).toMatchObject({ tracker: 'google-ads', kind: 'load', details: { id: 'AW-123456789' } });
  });

  it('ttq.identify and hj identify carry identity keys', () => {
    const [tt, hj] = detectJs("ttq.identify({ email: form.email.value, phone_number: phone });\nhj('identify', user.id, { email: user.email });");
    expect(tt).toMatchObject({ tracker: 'tiktok-pixel', kind: 'setting', details: { command: 'identify', keys: ['email', 'phone_number'], sources: { email: 'form-field' } } });
    expect(hj).toMatchObject({ tracker: 'hotjar', kind: 'setting', details: { command: 'identify', keys: ['email'], sources: { email: 'user' } } });
  });

  it('GTM snippet: details.id is the container id from the last argument', () => {
    const d = only("(function(w,d,s,l,i){var j=d.createElement(s);j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;})(window,document,'script','dataLayer','GTM-ABC1234');");
    expect(d).toMatchObject({ tracker: 'google-tag-manager', details: { id: 'GTM-ABC1234', url: 'www.googletagmanager.com/gtm.js' } });
  });

  it('dataLayer pushes are GTM events with keys; the gtag shim is not', () => {
    const found = detectJs("window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ndataLayer.push({ event: 'report_submitted', crime_type: form.type.value });");
    expect(found.map((d) => [d.tracker, d.kind, d.loc.line, d.details.event, d.details.sources])).toEqual([['google-tag-manager', 'event', 3, 'report_submitted', { event: 'literal', crime_type: 'form-field' }]]);
  });

  it('GTM component from @next/third-parties', () => {
    const found = detectJs("import { GoogleTagManager } from '@next/third-parties/google';\nexport default () => <GoogleTagManager gtmId=\"GTM-ABC1234\" />;", 'jsx');
    expect(found.map((d) => [d.tracker, d.kind, d.loc.line, d.details.id])).toEqual([
      ['google-tag-manager', 'load', 1, undefined],
      ['google-tag-manager', 'load', 2, 'GTM-ABC1234'],
    ]);
  });
});

describe('JS detector: framework config installs', () => {
  it('Gatsby plugin with options', () => {
    const d = only("module.exports = { plugins: ['gatsby-plugin-image', { resolve: 'gatsby-plugin-acme-meta-pixel', options: { pixelId: '000111222333444' } }] };");
    expect(d).toMatchObject({ tracker: 'meta-pixel', kind: 'config', loc: { line: 1, column: 64 }, details: { id: '000111222333444' } });
  });

  it('Nuxt modules with options under their config key, and a tuple', () => {
    const found = detectJs("export default { modules: ['nuxt-facebook-pixel-module', ['@nuxtjs/gtm', { id: 'GTM-ABC1234' }]], facebook: { pixelId: '1234', track: 'PageView' } };");
    expect(found.map((d) => [d.tracker, d.kind, d.details.id])).toEqual([
      ['meta-pixel', 'config', '1234'],
      ['google-tag-manager', 'config', 'GTM-ABC1234'],
    ]);
  });

  it('Angular forRoot and Vue.use of a wrapper', () => {
    const found = detectJs("import { PixelModule } from 'ngx-pixel';\nimport VueFacebookPixel from 'vue-facebook-pixel';\n@NgModule({ imports: [PixelModule.forRoot({ enabled: true, pixelId: '1234' })] })\nexport class AppModule {}\nVue.use(VueFacebookPixel);", 'ts');
    expect(found.map((d) => [d.kind, d.loc.line, d.details.id])).toEqual([
      ['load', 1, undefined],
      ['load', 2, undefined],
      ['config', 3, '1234'],
      ['config', 5, undefined],
    ]);
  });

  it('package names outside plugin lists are not installs', () => {
    expect(detectJs("const docs = { title: 'gatsby-plugin-facebook-pixel', plugin: 'nuxt-facebook-pixel-module' };\nconst list = ['gatsby-plugin-facebook-pixel'];")).toEqual([]);
  });
});
