import { describe, expect, it } from 'vitest';
import { sensitivePresets } from '../src/sensitivity/presets/index.js';
import { mayHoldSensitiveContent } from '../src/sensitivity/may-hold-sensitive-content.js';

describe('mayHoldSensitiveContent', () => {
  it('every preset keyword, as written, in upper case and hyphenated', () => {
    for (const k of sensitivePresets.flatMap((p) => p.keywords)) {
      expect(mayHoldSensitiveContent(`<p>${k}</p>`), k).toBe(true);
      expect(mayHoldSensitiveContent(k.toUpperCase()), k).toBe(true);
      expect(mayHoldSensitiveContent(k.replace(/ /g, '-')), k).toBe(true);
    }
  });

  it('quick-exit classes and labels', () => {
    for (const text of ['govuk-exit-this-page', 'btn quickexit', 'safe-exit', 'hidethispage', 'Leave this site now', 'Exit site now']) {
      expect(mayHoldSensitiveContent(text), text).toBe(true);
    }
  });

  it('ordinary council text cannot be sensitive', () => {
    expect(mayHoldSensitiveContent('<p>Bins are collected on Tuesdays. Report a missed bin or a pothole; council tax bands.</p>')).toBe(false);
    expect(mayHoldSensitiveContent('exit')).toBe(false);
  });

  it('only when every word of a phrase is there, wherever each one is', () => {
    expect(mayHoldSensitiveContent('hardship')).toBe(false);
    expect(mayHoldSensitiveContent('hardship\nfund')).toBe(true);
    expect(mayHoldSensitiveContent('hardship funds'), 'a word that starts a longer one').toBe(true);
    expect(mayHoldSensitiveContent('coming about'), "words overlapping one another: the 'out' of 'about'").toBe(true);
  });

  it('character references that could spell or join a word', () => {
    expect(mayHoldSensitiveContent('r&#97;pe')).toBe(true);
    expect(mayHoldSensitiveContent('&#X52;ape')).toBe(true);
    expect(mayHoldSensitiveContent('ra&fjlig;pe')).toBe(true);
    expect(mayHoldSensitiveContent('Q&amp;A')).toBe(true);
    expect(mayHoldSensitiveContent('Fees &amp; charges &copy; 2026')).toBe(false);
  });

  it('plain titles (front matter) are read as they are', () => {
    expect(mayHoldSensitiveContent('<p>x</p>', ['Hate crime'])).toBe(true);
    expect(mayHoldSensitiveContent('<p>x</p>', ['Opening times'])).toBe(false);
  });
});
