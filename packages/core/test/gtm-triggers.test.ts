import { describe, expect, it } from 'vitest';
import { gtmTagOnRoute } from '../src/reach/gtm/gtm-tag-on-route.js';
import type { SensitiveReason } from '../src/sensitivity/sensitivity.js';
import { adsTag, condition, gtmExport, readExport, verdicts } from './helpers/gtm.js';

const path = '{{Page Path}}';
const pageView = (id: string, filter: unknown[] = [], type = 'PAGEVIEW') => ({ triggerId: id, name: `T${id}`, type, filter });
const constant = (name: string, value: string) => ({ name, type: 'c', parameter: [{ type: 'TEMPLATE', key: 'value', value }] });

/** The verdict of the single tag "Ads" on a site-wide container with `/report/**` sensitive. */
function verdict(parts: Parameters<typeof gtmExport>[0], route = '/**'): string {
  const [line] = verdicts(readExport('c.json', gtmExport(parts)), route);
  return line!.replace(/^.* → google-ads: /, '');
}

describe('GTM triggers: page conditions on sensitive pages', () => {
  it.each([
    ['a regex restricted to /careers', condition('MATCH_REGEX', path, '^/careers(/|$)'), 'no'],
    ['a path containing "report"', condition('CONTAINS', path, 'report'), 'yes/certain'],
    ['a negated, case-insensitive regex on /REPORT', condition('MATCH_REGEX', path, '^/REPORT', { negate: true, ignoreCase: true }), 'no'],
    ['a case-sensitive regex on /REPORT', condition('MATCH_REGEX', path, '^/REPORT'), 'no'],
    ['a path equal to /report/', condition('EQUALS', path, '/report/'), 'yes/certain'],
    ['a path equal to a page deeper under /report/', condition('EQUALS', path, '/report/abuse/'), 'maybe/possible'],
    ['a path ending with .pdf', condition('ENDS_WITH', path, '.pdf'), 'maybe/possible'],
    ['a path not starting with /report', condition('STARTS_WITH', path, '/report', { negate: true }), 'no'],
    ['a URL matching .* (the "all pages" idiom)', condition('MATCH_REGEX', '{{Page URL}}', '.*'), 'yes/certain'],
    ['a URL containing /report', condition('CONTAINS', '{{Page URL}}', '/report'), 'yes/certain'],
    ['a URL containing thank-you (maybe in the query)', condition('CONTAINS', '{{Page URL}}', 'thank-you'), 'maybe/possible'],
    ['a hostname condition', condition('EQUALS', '{{Page Hostname}}', 'www.example.org'), 'maybe/possible'],
    ['a back-reference RE2 cannot compile', condition('MATCH_REGEX', path, '^/(report)/\\1'), 'maybe/possible'],
    ['a number comparison on a constant', condition('GREATER', '{{Threshold}}', '10'), 'yes/certain'],
    ['a false number comparison', condition('LESS', '{{Threshold}}', '10'), 'no'],
    ['a custom JavaScript variable', condition('EQUALS', '{{JS - logged in}}', 'true'), 'maybe/possible'],
  ])('%s', (_, filter, expected) => {
    const variable = [constant('Threshold', '75'), { name: 'JS - logged in', type: 'jsm', parameter: [] }];
    expect(verdict({ tag: [adsTag('Ads', ['5'])], trigger: [pageView('5', [filter])], variable })).toBe(expected);
  });

  it('evaluates lookup tables over the page path, exactly and by regex', () => {
    const table = (type: string, key: string) => ({
      name: 'Section',
      type,
      parameter: [
        { type: 'TEMPLATE', key: 'input', value: path },
        { type: 'LIST', key: 'map', list: [{ type: 'MAP', map: [{ type: 'TEMPLATE', key: 'key', value: key }, { type: 'TEMPLATE', key: 'value', value: 'sensitive' }] }] },
        { type: 'TEMPLATE', key: 'defaultValue', value: 'public' },
      ],
    });
    const parts = (type: string, key: string) => ({ tag: [adsTag('Ads', ['5'])], trigger: [pageView('5', [condition('EQUALS', '{{Section}}', 'public')])], variable: [table(type, key)] });
    expect(verdict(parts('smm', '/report/'), '/report/')).toBe('no');
    expect(verdict(parts('smm', '(/report/)'), '/report/')).toBe('yes/certain');
    expect(verdict(parts('remm', '/report/.*'), '/report/abuse/')).toBe('no');
  });

  it('reads %%PLACEHOLDER%% constants as unknown rather than picking an answer', () => {
    const trigger = pageView('6', [condition('CONTAINS', '{{UA_ID}}', '-', { negate: true })]);
    expect(verdict({ tag: [adsTag('Ads', ['6'])], trigger: [trigger], variable: [constant('UA_ID', '%%UA_ID%%')] })).toBe('maybe/possible');
    expect(verdict({ tag: [adsTag('Ads', ['6'])], trigger: [trigger], variable: [constant('UA_ID', 'UA-1234-1')] })).toBe('no');
  });
});

describe('GTM triggers: types, exceptions, sequencing', () => {
  it.each([
    ['All Pages', ['2147479553'], [], 'yes/certain'],
    ['Initialization - All Pages', ['2147479573'], [], 'yes/certain'],
    ['Consent Initialization - All Pages', ['2147479572'], [], 'yes/certain'],
    ['an id missing from the export', ['404'], [], 'maybe/possible'],
    ['an unfiltered DOM ready trigger', ['7'], [pageView('7', [], 'DOM_READY')], 'yes/certain'],
    ['an unfiltered click listener (armed on every page)', ['7'], [pageView('7', [], 'CLICK')], 'yes/likely'],
    ['a click on a CSS selector', ['7'], [pageView('7', [condition('CSS_SELECTOR', '{{Click Element}}', 'button.submit')], 'CLICK')], 'maybe/possible'],
    ['a form submission on /careers only', ['7'], [{ ...pageView('7', [], 'FORM_SUBMISSION'), autoEventFilter: [condition('STARTS_WITH', path, '/careers')] }], 'no'],
    ['a custom event the site pushes', ['7'], [{ ...pageView('7', [], 'CUSTOM_EVENT'), customEventFilter: [condition('EQUALS', '{{_event}}', 'form_submit')] }], 'maybe/possible'],
    ['a custom page_view event (site-wide in practice)', ['7'], [{ ...pageView('7', [], 'CUSTOM_EVENT'), customEventFilter: [condition('EQUALS', '{{_event}}', 'page_view')] }], 'maybe/likely'],
    ['a custom event matching every event', ['7'], [{ ...pageView('7', [], 'CUSTOM_EVENT'), customEventFilter: [condition('MATCH_REGEX', '{{_event}}', '.*')] }], 'yes/certain'],
    ['any of two triggers (OR)', ['7', '2147479553'], [pageView('7', [condition('EQUALS', path, '/careers/')])], 'yes/certain'],
  ])('%s', (_, firing, trigger, expected) => {
    expect(verdict({ tag: [adsTag('Ads', firing)], trigger })).toBe(expected);
  });

  it('fires a trigger group only when its members can all fire', () => {
    const group = (members: string[]) => ({ triggerId: '9', name: 'Group', type: 'TRIGGER_GROUP', parameter: [{ type: 'LIST', key: 'triggerIds', list: members.map((m) => ({ type: 'TRIGGER_REFERENCE', value: m })) }] });
    const members = [pageView('7', [condition('STARTS_WITH', path, '/report')]), pageView('8', [], 'CLICK'), pageView('10', [condition('STARTS_WITH', path, '/careers')])];
    expect(verdict({ tag: [adsTag('Ads', ['9'])], trigger: [group(['7', '8']), ...members] })).toBe('yes/likely');
    expect(verdict({ tag: [adsTag('Ads', ['9'])], trigger: [group(['7', '10']), ...members] })).toBe('no');
  });

  it('suppresses a tag where an exception of the same event is true, and only there', () => {
    const block = pageView('22', [condition('MATCH_REGEX', path, '^/report(/|$)')]);
    const parts = { tag: [adsTag('Ads', ['2147479553'], { blockingTriggerId: ['22'] })], trigger: [block] };
    const advice: SensitiveReason[] = [{ source: 'config', match: '/advice/**', origin: 'sensitive.routes' }];
    expect(verdict(parts)).toBe('no');
    expect(verdicts(readExport('c.json', gtmExport(parts)), '/**', advice)).toEqual(['Ads → google-ads: yes/certain']);
  });

  it('never lets an exception of another event type block, and keeps runtime exceptions open', () => {
    const domReady = pageView('22', [condition('STARTS_WITH', path, '/report')], 'DOM_READY');
    const consent = { ...pageView('23', [condition('CONTAINS', '{{CMP - Vendors}}', ',Google Ads,', { negate: true })], 'CUSTOM_EVENT'), customEventFilter: [condition('MATCH_REGEX', '{{_event}}', '.*')] };
    expect(verdict({ tag: [adsTag('Ads', ['2147479553'], { blockingTriggerId: ['22'] })], trigger: [domReady] })).toBe('yes/certain');
    expect(verdict({ tag: [adsTag('Ads', ['2147479553'], { blockingTriggerId: ['23'] })], trigger: [consent] })).toBe('maybe/possible');
  });

  it('never fires paused tags or tags without triggers, but fires a setup tag with its main tag', () => {
    expect(verdict({ tag: [adsTag('Ads', ['2147479553'], { paused: true })] })).toBe('no');
    expect(verdict({ tag: [adsTag('Ads', [])] })).toBe('no');
    const main = { tagId: 'm', name: 'Main', type: 'html', parameter: [], firingTriggerId: ['2147479553'], setupTag: [{ tagName: 'Ads' }] };
    expect(verdict({ tag: [adsTag('Ads', [], { paused: true }), main] })).toBe('yes/certain');
  });

  it('names the tag, trigger, sensitive URL, consent setting and schedule in the finding note', () => {
    const tag = adsTag('Ads', ['2147479553'], {
      consentSettings: { consentStatus: 'NEEDED', consentType: { type: 'LIST', list: [{ type: 'TEMPLATE', value: 'ad_storage' }] } },
      scheduleEndMs: '1798761600000',
    });
    const [d] = readExport('c.json', gtmExport({ tag: [tag] })).detections;
    const reasons: SensitiveReason[] = [{ source: 'config', match: '/report/**', origin: 'sensitive.routes' }];
    expect(d!.details.gate).toBe('GTM consent NEEDED ad_storage');
    expect(gtmTagOnRoute(d!, '/**', reasons, true)?.note).toBe(
      'GTM tag "Ads" (container GTM-TEST1) fires on /report/ via trigger "All Pages" (on every page ("All Pages")); consent setting NEEDED ad_storage, not treated as a safeguard; scheduled until 2027-01-01T00:00:00.000Z; no page is known to load container GTM-TEST1, so it is assumed to load site-wide',
    );
  });
});
