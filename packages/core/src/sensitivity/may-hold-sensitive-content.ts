import { sensitivePresets } from './presets/index.js';
import { quickExitVocabulary } from './quick-exit-vocabulary.js';

/** The words (three letters or more) every match of a vocabulary entry contains, read from the entry itself. */
function requiredWords(entry: string): string[] {
  const plain = entry
    .toLowerCase()
    .replace(/\(\?:[^()]*\)\?/g, ' ')
    .replace(/-\?/g, '-');
  if (/[^a-z -]/.test(plain)) throw new Error(`sensitive vocabulary entry '${entry}' uses syntax its required words cannot be read from`);
  return plain.split(/[^a-z]+/).filter((w) => w.length >= 3);
}

const phrases = [...sensitivePresets.flatMap((p) => p.keywords), ...quickExitVocabulary.classes, ...quickExitVocabulary.labels].map(requiredWords);
const words = [...new Set(phrases.flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
// The longest word found at a position stands for the shorter words starting there too.
const prefixes = new Map(words.map((w) => [w, words.filter((p) => w.startsWith(p))]));
const WORD = new RegExp(words.join('|'), 'gi');
const NUMERIC_REF = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?/g;
// A named reference (`&fjlig;` is "fj") glued to a letter or to another reference could complete a word.
const GLUED_NAMED_REF = /[A-Za-z;&]&[A-Za-z0-9]+;|&[A-Za-z0-9]+;[A-Za-z&]/;

function decodeNumericRefs(s: string): string {
  return s.replace(NUMERIC_REF, (_, hex: string | undefined, dec: string | undefined) => {
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
  });
}

/**
 * Conservative byte-level check before content inference (`infer-sensitive-content.ts`): `false`
 * only when no keyword, quick-exit class or quick-exit label can match, because the words each
 * one needs are not all there. `markup` is HTML character data and attribute values as written
 * (character references not decoded; text runs either side of a tag joined, since a stray tag
 * does not split a text node); `plain` is text used as it is (a front-matter title). Relies on
 * two facts of HTML: a named character reference decodes to at most two code points, and those
 * without a `;` (the legacy ones) never to an ASCII letter.
 */
export function mayHoldSensitiveContent(markup: string, plain: readonly string[] = []): boolean {
  const decoded = markup.includes('&#') ? decodeNumericRefs(markup) : markup;
  if (GLUED_NAMED_REF.test(decoded)) return true;
  const found = new Set<string>();
  for (const text of [markup, ...(decoded === markup ? [] : [decoded]), ...plain]) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      for (const w of prefixes.get(m[0].toLowerCase()) ?? []) found.add(w);
      WORD.lastIndex = m.index + 1; // words overlapping one another are all seen
    }
  }
  return phrases.some((ws) => ws.every((w) => found.has(w)));
}
