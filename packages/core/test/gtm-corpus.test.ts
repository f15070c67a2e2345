import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGtmTagFiring } from '../src/reach/gtm/gtm-firing.js';
import { LineIndex } from '../src/source/line-index.js';
import { CORPUS, readExport, verdicts } from './helpers/gtm.js';

/**
 * Every real export in `fixtures/gtm-corpus/`, evaluated as if its container ran site-wide on a
 * site whose `/report/**` pages are sensitive: `tag → tracker: fires/certainty` ("yes" fires on
 * /report/, "maybe" may fire, "no" never fires there). The verdicts follow the corpus README.
 */
const EXPECTED: Record<string, string[]> = {
  'agtm-template18.json': [
    'GA4 - Click Outbound → google-analytics: maybe/possible',
    'GA4 - Contact Event → google-analytics: maybe/possible',
    'GA4 - File Download → google-analytics: maybe/possible',
    'GA4 - Form Click → google-analytics: maybe/possible',
    'GA4 - Form Submit → google-analytics: maybe/possible',
    'GA4 - GTAG → google-analytics: maybe/possible',
    'GA4 - JS Error → google-analytics: maybe/possible',
    'GA4 - Pageview - 404 Error → google-analytics: maybe/possible',
    'GA4 - Pageview → google-analytics: maybe/possible',
    'GA4 - Scroll → google-analytics: maybe/possible',
    'GA4 - Text Copied → google-analytics: maybe/possible',
  ],
  'amp-spreaker-v19.json': [
    'Conversion Linker → google-ads: yes/certain',
    'Copy of Spreaker.Nodoubtz → google-analytics: yes/certain',
    'How much she Got... All of It → google-analytics: yes/certain',
    'Nodoubtz Turntup → google-analytics: yes/likely',
    'Shaybae1145Tag → google-analytics: yes/certain',
    'She A Genius → google-analytics: yes/certain',
    'She the 1 → google-analytics: yes/certain',
    'Spreaker.Nodoubtz → google-analytics: yes/certain',
    'Spreaker.Shaybae1145 → google-analytics: yes/certain',
    'alotmoney → google-ads: yes/certain',
    'crossbody → google-ads: yes/certain',
    'money2024 → google-ads: yes/certain',
    'spreaker 2023 → google-ads: yes/certain',
  ],
  'dumky-sample.json': [
    'NorthStar - Event - 1 min, 75 Scrolldepth → google-analytics: maybe/possible',
    'NorthStar - Event - 2min, 3page → google-analytics: maybe/possible',
    'NorthStar - Event - Contact → google-analytics: maybe/possible',
    'NorthStar - Event - Contactperson → google-analytics: maybe/possible',
    'NorthStar - Event - Exit Link - free-learning.nl → google-analytics: maybe/possible',
    'NorthStar - Event - Exit link → google-analytics: maybe/possible',
    'NorthStar - Event - External Downloaden bestand → google-analytics: maybe/possible',
    'NorthStar - Event - Internal Downloaden bestand → google-analytics: maybe/possible',
    'NorthStar - Event - Internal Exits → google-analytics: maybe/possible',
    'NorthStar - Event - Mailto → google-analytics: maybe/possible',
    'NorthStar - Event - Nieuwsbrief → google-analytics: maybe/possible',
    'NorthStar - Event - Reactie plaatsen → google-analytics: maybe/possible',
    'NorthStar - Event - Scroll Depth → google-analytics: yes/likely',
    'NorthStar - Event - Social Media Button → google-analytics: maybe/possible',
    'NorthStar - Event - Social Media Share → google-analytics: maybe/possible',
    'NorthStar - Event - Vimeo Tracking → google-analytics: maybe/possible',
    'NorthStar - Event - YouTube Tracking → google-analytics: yes/likely',
  ],
  'gmu-mason.json': [
    'YouTube tracker → google-analytics: yes/certain',
    'local - event - catch-all → google-analytics: maybe/possible',
    'local - event - download link → google-analytics: maybe/possible',
    'local - event - email link → google-analytics: maybe/possible',
    'local - event - expandable content → google-analytics: maybe/possible',
    'local - event - outbound link → google-analytics: maybe/possible',
    'local - pageview - custom → google-analytics: maybe/possible',
    'rollup01 - event - catch-all → google-analytics: maybe/possible',
    'rollup01 - event - download link → google-analytics: maybe/possible',
    'rollup01 - event - email link → google-analytics: maybe/possible',
    'rollup01 - event - expandable content → google-analytics: maybe/possible',
    'rollup01 - event - outbound link → google-analytics: maybe/possible',
    'rollup01 - pageview - custom → google-analytics: maybe/possible',
    'rollup02 - event - catch-all → google-analytics: maybe/possible',
    'rollup02 - event - download link → google-analytics: no',
    'rollup02 - event - email link → google-analytics: no',
    'rollup02 - event - expandable content → google-analytics: maybe/possible',
    'rollup02 - event - outbound link → google-analytics: no',
    'rollup02 - pageview - custom → google-analytics: no',
  ],
  'janrenn-default.json': [
    '010 - UA - Pageview → google-analytics: yes/certain',
    '020 - UA - Event - formSent → google-analytics: maybe/possible',
    '310 - AdWords - Conversion → google-ads: maybe/possible',
    '320 - AdWords - Remarketing → google-ads: maybe/possible',
    '510 - UA - Event - Mail Action → google-analytics: maybe/possible',
    '520 - UA - Event - Call Action → google-analytics: maybe/possible',
    '530 - UA - Event - Download click → google-analytics: maybe/possible',
    '540 - UA - Event - Outbound click - NI → google-analytics: maybe/possible',
    '550 - UA - Event - Other click - NI → google-analytics: maybe/possible',
    '560 - UA - Event - Dwell - 5s - NI → google-analytics: maybe/possible',
    '570 - UA - Event - Dwell - 10s - NI → google-analytics: maybe/possible',
    '580 - UA - Event - Dwell - 20s → google-analytics: maybe/possible',
    '590 - UA - Event - Dwell - 40s → google-analytics: maybe/possible',
    '600 - UA - Event - Dwell - 1min → google-analytics: maybe/possible',
    '710 - UA - Event - JS Error - NI → google-analytics: yes/likely',
    '810 - Google - Conversion linker → google-ads: yes/certain',
  ],
  'kbx-sgtm-meta-base.json': [
    '[KBX] FB - AddPaymentInfo → meta-conversions-api: maybe/possible',
    '[KBX] FB - AddToCart → meta-conversions-api: maybe/possible',
    '[KBX] FB - InitiateCheckout → meta-conversions-api: maybe/possible',
    '[KBX] FB - PageView → meta-conversions-api: maybe/likely',
    '[KBX] FB - Purchase → meta-conversions-api: maybe/possible',
    '[KBX] FB - Search → meta-conversions-api: maybe/possible',
    '[KBX] FB - ViewContent → meta-conversions-api: maybe/possible',
    '[KBX] FB - new_customer_purchase → meta-conversions-api: maybe/possible',
    '[KBX] FB - returning_customer_purchase → meta-conversions-api: maybe/possible',
  ],
  'kbx-sgtm-tiktok.json': [
    '[KBX] TikTok - DYN → tiktok-events-api: no',
  ],
  'kbx-web-base.json': [
    '[KBX] DT - Subscribe → google-tag-manager: maybe/possible',
    '[KBX] DT - add_payment_info → google-tag-manager: maybe/possible',
    '[KBX] DT - add_to_cart → google-tag-manager: maybe/possible',
    '[KBX] DT - begin_checkout → google-tag-manager: maybe/possible',
    '[KBX] DT - new_customer_purchase → google-tag-manager: maybe/possible',
    '[KBX] DT - page_view → google-tag-manager: yes/certain',
    '[KBX] DT - purchase → google-tag-manager: maybe/possible',
    '[KBX] DT - returning_customer_purchase → google-tag-manager: maybe/possible',
    '[KBX] DT - search → google-tag-manager: maybe/possible',
    '[KBX] DT - view_item → google-tag-manager: maybe/possible',
    '[KBX] GA4 - _Config → google-analytics: yes/certain',
    '[KBX] GA4 - add_payment_info → google-analytics: maybe/possible',
    '[KBX] GA4 - add_shipping_info → google-analytics: maybe/possible',
    '[KBX] GA4 - add_to_cart → google-analytics: maybe/possible',
    '[KBX] GA4 - begin_checkout → google-analytics: maybe/possible',
    '[KBX] GA4 - new_customer_purchase → google-analytics: maybe/possible',
    '[KBX] GA4 - page_view → google-analytics: yes/certain',
    '[KBX] GA4 - purchase → google-analytics: maybe/possible',
    '[KBX] GA4 - returning_customer_purchase → google-analytics: maybe/possible',
    '[KBX] GA4 - search → google-analytics: maybe/possible',
    '[KBX] GA4 - view_item → google-analytics: maybe/possible',
  ],
  'laser-web-ws33.json': [
    'GA4 - Lead Event → google-analytics: maybe/possible',
    'Google Tag - Base → google-analytics: yes/certain',
    'Meta Pixel - Base → meta-pixel: yes/certain',
    'Meta Pixel - Lead → meta-pixel: maybe/possible',
  ],
  'pest-experts-ws4.json': [
    'Click To Call → google-ads: maybe/possible',
    'Click To Mail → google-ads: maybe/possible',
    'Click To Whatsapp → google-ads: maybe/possible',
    'Conversion Linker → google-ads: yes/certain',
    'Form Submission → google-ads: yes/likely',
    'GA → google-analytics: yes/certain',
    'Google Ads Calls from Website Conversion → google-ads: yes/certain',
  ],
  'phon-ga4-v8.json': [
    'G-P08HKS4NF3 → google-analytics: no',
    'G-POBHKSANF3 → google-analytics: yes/certain',
    'G-Y6P32L5D5R → google-analytics: yes/certain',
    'GT-K8FTGZC → google-analytics: yes/certain',
  ],
  'rayl4n-web-ga4.json': [
    '🟤 | [GA4] WhatsAppTrackingTag → google-analytics: no',
  ],
  'shopify-ads-googleapp.json': [
    'Conversion Linker Tag → google-ads: yes/certain',
    'Enhanced User Data Tag → google-ads: maybe/possible',
    'Event - Add to Cart GA4 - Tag → google-analytics: maybe/possible',
    'Event - Ecommerce Events GA4 - Tag → google-analytics: maybe/possible',
    'Event - Email Click GA4 - Tag → google-analytics: maybe/possible',
    'Event - Email Click UA - Tag → google-analytics: maybe/possible',
    'Event - Form Sub Contact Page UA - Tag → google-analytics: maybe/possible',
    'Event - Form Sub GA4 - Tag → google-analytics: maybe/possible',
    'Event - Form Sub Newsletter UA - Tag → google-analytics: maybe/possible',
    'Event - Phone Click GA4 - Tag → google-analytics: maybe/possible',
    'Event - Phone Click UA - Tag → google-analytics: maybe/possible',
    'Event - Purchase GA4 - Tag → google-analytics: maybe/possible',
    'Event - Purchase UA - Tag → google-analytics: maybe/possible',
    'Event - Social Click GA4 - Tag → google-analytics: maybe/possible',
    'Event - Social Clicks UA - Tag → google-analytics: maybe/possible',
    'Event - View Item GA4 - Tag → google-analytics: maybe/possible',
    'Event - View Item List GA4 - Tag → google-analytics: maybe/possible',
    'GA4 Configuration Tag → google-analytics: yes/certain',
    'GAds - Purchase Enhanced - Tag → google-ads: maybe/possible',
    'Microsoft Clarity - CRO - Pageview → microsoft-clarity: yes/certain',
  ],
};

describe('GTM corpus: verdicts per tag match the corpus notes', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      expect(verdicts(readExport(`${CORPUS}${file}`))).toEqual(expected);
    });
  }
});

describe('GTM corpus: details the notes call out', () => {
  it('laser-web-ws33: the Meta base code is found inside the html string, with its id and advanced-matching keys', () => {
    const text = readFileSync(`${CORPUS}laser-web-ws33.json`, 'utf8');
    const facts = readExport(`${CORPUS}laser-web-ws33.json`, text);
    const init = facts.detections.find((d) => d.tracker === 'meta-pixel' && d.kind === 'init')!;
    expect(init.details.id).toBe('25699472449663830');
    expect(init.details.keys).toEqual(['em', 'ph', 'fn', 'ln', 'external_id']);
    expect([init.loc.line, init.loc.column]).toEqual([157, 440]);
    expect(init.evidence.startsWith("fbq('init', '25699472449663830', {")).toBe(true);
    const lines = new LineIndex(text);
    const at = (kind: string, event?: string) => {
      const d = facts.detections.find((x) => x.tracker === 'meta-pixel' && x.kind === kind && x.details.event === event)!;
      return text.slice(lines.offset(d.loc.line, d.loc.column)).slice(0, 24);
    };
    expect(at('load')).toBe("'https://connect.faceboo");
    expect(at('init')).toBe("fbq('init', '25699472449");
    expect(at('event', 'PageView')).toBe("fbq('track', 'PageView',");
    expect(at('event', 'Lead')).toBe("fbq('track', 'Lead', {\\n");
    const google = facts.detections.find((d) => d.tracker === 'google-analytics' && d.kind === 'load')!;
    expect(google.details.id).toBe('G-J4JTN4JRE0');
    expect(google.details.forwardsTo).toBe('https://caiate.laserman.com.ar');
  });

  it('kbx-web-base: the imported but unused Facebook Pixel template is not a tracker', () => {
    const text = readFileSync(`${CORPUS}kbx-web-base.json`, 'utf8');
    expect(text.split('fbq').length - 1).toBeGreaterThan(70);
    expect(readExport(`${CORPUS}kbx-web-base.json`, text).detections.filter((d) => d.tracker.startsWith('meta'))).toEqual([]);
  });

  it('kbx-sgtm-meta-base: Conversions API tags resolve through the template, ids from constants, tokens never echoed', () => {
    const facts = readExport(`${CORPUS}kbx-sgtm-meta-base.json`);
    expect(new Set(facts.detections.map((d) => `${d.tracker} ${d.kind} ${String(d.details.id)}`))).toEqual(new Set(['meta-conversions-api beacon VALUE_HERE']));
    expect(facts.detections[0]!.evidence).toContain('gallery stape-io/facebook-tag');
    expect(JSON.stringify(facts.detections)).not.toContain('const - meta api token');
  });

  it('kbx-sgtm-tiktok: a blank header still resolves the template by its own container id', () => {
    const [d] = readExport(`${CORPUS}kbx-sgtm-tiktok.json`).detections;
    expect(d?.tracker).toBe('tiktok-events-api');
    expect(isGtmTagFiring(d?.details.gtm) && d.details.gtm.container).toBe('(blank public id)');
  });

  it('agtm-template18: event tags sequence the Google tag; consent exceptions keep the answer open', () => {
    const gtag = readExport(`${CORPUS}agtm-template18.json`).detections.find((d) => isGtmTagFiring(d.details.gtm) && d.details.gtm.tag === 'GA4 - GTAG')!;
    const f = gtag.details.gtm;
    expect(isGtmTagFiring(f) && f.sequencedBy.map((s) => `${s.role} ${s.tag}`)).toContain('setup GA4 - Pageview');
    expect(isGtmTagFiring(f) && f.blocking.map((b) => b.name)).toEqual(['CMP - No Consent - Google Analytics']);
  });

  it('agtm-template18: tags of local templates that send nowhere known are recorded as problems, not trackers', () => {
    const facts = readExport(`${CORPUS}agtm-template18.json`);
    expect(facts.problems.map((p) => p.message)).toContain('tag "~aGTM Consent Mode" of type cvt_181152182_54 is not a known tracker');
  });

  it('dumky-sample: a minified one-line export locates every tag on line 1', () => {
    const facts = readExport(`${CORPUS}dumky-sample.json`);
    expect(new Set(facts.detections.map((d) => d.loc.line))).toEqual(new Set([1]));
    expect(facts.declares).toEqual(['GTM-57F8F9']);
  });
});
