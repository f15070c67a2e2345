import { describe, expect, it } from 'vitest';
import { noAutomaticEventCapture } from '../src/rules/no-automatic-event-capture.js';
import { noSensitiveDataInTrackerEvent } from '../src/rules/no-sensitive-data-in-tracker-event.js';
import { detectJs } from './helpers/detect.js';
import { ruleInput } from './helpers/rule-input.js';

function check(rule: typeof noAutomaticEventCapture, code: string, sensitive = ['/**']) {
  return rule.check(ruleInput(detectJs(code), { sensitive: { routes: sensitive } })).map((f) => `${f.line}:${f.column} ${f.message}`);
}

describe('no-sensitive-data-in-tracker-event', () => {
  const rule = noSensitiveDataInTrackerEvent;
  it('reports search terms, form fields, URL parts and identity keys', () => {
    expect(check(rule, "fbq('track', 'Search', { search_string: query });\nfbq('init', '1234', { em: user.email });\nttq.track('SubmitForm', { crime: e.target.crime.value, page: location.href });")).toEqual([
      '1:1 Meta Pixel event "Search" sends search_string (a search term) on sensitive route /**',
      '2:1 Meta Pixel init sends em (identity) on sensitive route /**',
      '3:1 TikTok Pixel event "SubmitForm" sends crime (a form field), page (the page URL) on sensitive route /**',
    ]);
  });
  it('passes literal, non-identifying parameters', () => {
    expect(check(rule, "fbq('track', 'ViewContent', { content_category: 'advice', value: 0 });\nfbq('init', '1234');")).toEqual([]);
  });
  it('passes when the code runs on no sensitive route', () => {
    expect(check(rule, "fbq('track', 'Search', { search_string: query });", [])).toEqual([]);
  });
});

describe('no-automatic-event-capture', () => {
  const rule = noAutomaticEventCapture;
  it('reports an init without autoConfig off, and the string "false" trap', () => {
    expect(check(rule, "fbq('init', '1234');\nfbq('set', 'autoConfig', 'false', '5678');\nfbq('init', '5678');")).toEqual([
      "1:1 Meta Pixel is initialised on sensitive route /** with automatic events (the text of clicked buttons and page metadata) left on: call set('autoConfig', false, id) before init to turn it off",
      "3:1 Meta Pixel is initialised on sensitive route /** with automatic events (the text of clicked buttons and page metadata) left on: 'autoConfig' is set to the string 'false', which does not turn it off; pass the boolean false",
    ]);
  });
  it('passes autoConfig false before init, for that pixel or all, and wrapper options', () => {
    expect(check(rule, "fbq('set', 'autoConfig', false, '1234');\nfbq('init', '1234');\nimport RP from 'react-facebook-pixel';\nRP.init('42', undefined, { autoConfig: false });")).toEqual([]);
  });
  it('reports autoConfig false set after init or for another pixel', () => {
    expect(check(rule, "fbq('set', 'autoConfig', false, '9999');\nfbq('init', '1234');\nfbq('set', 'autoConfig', false, '1234');").map((s) => s.slice(0, 4))).toEqual(['2:1 ']);
  });
});
