import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { gtmFrontEnd } from '../src/detectors/gtm/gtm-front-end.js';
import { CORPUS, adsTag, condition, gtmExport, readExport, verdicts } from './helpers/gtm.js';

const laser = readFileSync(`${CORPUS}laser-web-ws33.json`, 'utf8');

describe('GTM front end: what it reads', () => {
  it('accepts exports saved as .json and .json.js, and nothing else', () => {
    expect(gtmFrontEnd.accepts('gtm/GTM-TNM9JZ3S_workspace33.json.js', laser)).toBe(true);
    expect(gtmFrontEnd.accepts('gtm/container.json', laser)).toBe(true);
    expect(gtmFrontEnd.accepts('package.json', '{ "name": "site", "version": "1.0.0" }')).toBe(false);
    expect(gtmFrontEnd.accepts('gtm/container.txt', laser)).toBe(false);
  });

  it('skips a BOM, text before the first brace and a trailing semicolon, keeping positions in the file', () => {
    const wrapped = `\uFEFF// GTM export, do not edit\nmodule.exports = ${laser};\n`;
    const plain = readExport('a.json', laser);
    const facts = readExport('a.json.js', wrapped);
    expect(facts.detections.map((d) => [d.tracker, d.kind, d.loc.line + 0])).toEqual(plain.detections.map((d) => [d.tracker, d.kind, d.loc.line + 1]));
    expect(facts.problems.map((p) => p.message)).toEqual(['skipped 45 characters before the first "{"', 'ignored text after the closing "}"']);
  });

  it('fails the run with the JSON error position when an export is truncated', () => {
    const truncated = laser.slice(0, 5000);
    expect(() => readExport('gtm/GTM-TNM9JZ3S.json', truncated)).toThrow(ConfigError);
    expect(() => readExport('gtm/GTM-TNM9JZ3S.json', truncated)).toThrow(/^gtm\/GTM-TNM9JZ3S\.json:\d+:\d+: GTM container export is not valid JSON \((?:CloseBraceExpected|UnexpectedEndOfString|CommaExpected|ValueExpected)\)/);
  });

  it('fails the run at the exact place of a syntax error', () => {
    const broken = laser.replace('"exportTime": "2026-02-07 05:11:16",', '"exportTime": "2026-02-07 05:11:16",,');
    expect(() => readExport('c.json', broken)).toThrow('c.json:3:41: GTM container export is not valid JSON (PropertyNameExpected)');
  });

  it('reads API-shaped exports with camelCase enums the same as UPPER_SNAKE ones', () => {
    const trigger = (type: string, op: string) => ({ triggerId: '5', name: 'Report pages', type, filter: [condition(op, '{{Page Path}}', '/report', { negate: true })] });
    const upper = readExport('u.json', gtmExport({ tag: [adsTag('Ads', ['5'])], trigger: [trigger('PAGEVIEW', 'STARTS_WITH')] }));
    const camel = readExport('c.json', gtmExport({ tag: [adsTag('Ads', ['5'])], trigger: [trigger('pageview', 'startsWith')], usageContext: ['web'] }));
    expect(verdicts(upper)).toEqual(['Ads → google-ads: no']);
    expect(verdicts(camel)).toEqual(['Ads → google-ads: no']);
  });

  it('resolves community templates under both naming schemes, and falls back to parameter keys', () => {
    const template = (gallery: Json) => ({ containerId: '42', templateId: '7', name: 'My pixel', templateData: '___INFO___\n{}', galleryReference: gallery });
    const tag = (type: string) => ({ tagId: '1', name: type, type, parameter: [{ type: 'TEMPLATE', key: 'pixelId', value: '1234' }], firingTriggerId: ['2147479553'] });
    const local = readExport('a.json', gtmExport({ tag: [tag('cvt_42_7')], customTemplate: [template({ owner: 'facebookarchive', repository: 'GoogleTagManager-WebTemplate-For-FacebookPixel' })] }));
    const gallery = readExport('b.json', gtmExport({ tag: [tag('cvt_NCN6S')], customTemplate: [template({ owner: 'facebookincubator', repository: 'ConversionsAPI-Tag-for-GoogleTagManager', galleryTemplateId: 'NCN6S' })] }));
    const dropped = readExport('c.json', gtmExport({ tag: [tag('cvt_42_8')] }));
    expect(local.detections.map((d) => [d.tracker, d.certainty, d.details.id])).toEqual([['meta-pixel', 'certain', '1234']]);
    expect(gallery.detections.map((d) => [d.tracker, d.certainty])).toEqual([['meta-conversions-api', 'certain']]);
    expect(dropped.detections.map((d) => [d.tracker, d.certainty, d.details.unresolvedTemplate])).toEqual([['meta-pixel', 'possible', 'cvt_42_8']]);
  });

  it('reports Custom Image beacons to tracker hosts and ignores other images', () => {
    const img = (name: string, url: string) => ({ tagId: name, name, type: 'img', parameter: [{ type: 'TEMPLATE', key: 'url', value: url }], firingTriggerId: ['2147479553'] });
    const facts = readExport('i.json', gtmExport({ tag: [img('FB', 'https://www.facebook.com/tr?id={{Pixel}}&ev=PageView&noscript=1'), img('Own', 'https://stats.example.org/p.gif')] }));
    expect(facts.detections.map((d) => [d.tracker, d.kind, d.details.url])).toEqual([['meta-pixel', 'beacon', 'www.facebook.com/tr']]);
  });

  it('resolves a bare {{Variable}} pixel id in Custom HTML through constants', () => {
    const html = { type: 'TEMPLATE', key: 'html', value: "<script>\nfbq('init', {{Pixel}});\n</script>" };
    const facts = readExport('h.json', gtmExport({
      tag: [{ tagId: '1', name: 'Base', type: 'html', parameter: [html], firingTriggerId: ['2147479553'] }],
      variable: [{ name: 'Pixel', type: 'c', parameter: [{ type: 'TEMPLATE', key: 'value', value: '99887766' }] }],
    }));
    expect(facts.detections.map((d) => [d.kind, d.details.id, d.details.idVariable])).toEqual([['init', '99887766', '{{Pixel}}']]);
  });
});

type Json = Record<string, unknown>;
