import { mayHoldSensitiveContent } from '../../sensitivity/may-hold-sensitive-content.js';
import type { LineIndex } from '../../source/line-index.js';
import { matchTrackerUrl } from '../../trackers/catalogue.js';
import type { FileFacts, Reference } from '../front-end.js';
import { mayContainTracker } from '../prefilter.js';
import { compactUrl } from './compact-url.js';
import { scriptSrcKind } from './script-src-kind.js';
import { scriptType } from './script-type.js';
import { tokenizePlainHtml, type PlainTag } from './tokenize-plain-html.js';

const URL_ELEMENTS = new Set(['img', 'image', 'iframe', 'link']);

/** An attribute value as the parser gives it; `undefined` when a character reference could change it. */
function asParsed(value: string): string | undefined {
  return value.includes('&') ? undefined : value.replace(/\r\n?/g, '\n');
}

/** Whether a URL may match a tracker once parsed: only what precedes `?` or `#` is matched. */
function mayLoadTracker(url: string): boolean {
  const amp = url.indexOf('&');
  const query = url.search(/[?#]/);
  if (amp >= 0 && (query < 0 || amp < query)) return true;
  return matchTrackerUrl(compactUrl(url)) !== undefined;
}

/** The `links-script` reference of a `<script>`, `null` for none, `undefined` when only a parse can tell. */
function scriptLink(tag: PlainTag, lines: LineIndex): Reference | null | undefined {
  const type = asParsed(tag.attrs.get('type') ?? '');
  if (type === undefined) return undefined;
  if (scriptType(type.trim().toLowerCase()) === 'data') return null;
  if (/[^\t\n\f\r ]/.test(tag.content ?? '')) return undefined; // inline code is parsed and detected
  const raw = tag.attrs.get('src');
  if (raw === undefined) return null;
  const src = asParsed(raw);
  if (src === undefined) return undefined;
  const kind = scriptSrcKind(src).kind;
  if (kind === 'tracker' || kind === 'third-party') return undefined;
  if (kind === 'other') return null;
  const at = lines.position(tag.offset);
  return { kind: 'links-script', specifier: src, line: at.line, column: at.column };
}

/**
 * The facts of a page with nothing to find but its script links, without parsing it into a
 * tree: no tracker-shaped bytes (`mayContainTracker`), no words that sensitive content needs
 * (`mayHoldSensitiveContent`), no inline code, and markup `tokenizePlainHtml` reads exactly.
 * Equal to what the parse5 path (`parsedHtmlFacts`) gives; `undefined` whenever it may not be.
 */
export function plainPageFacts(lines: LineIndex, titles: ReadonlyArray<{ text: string }> = []): FileFacts | undefined {
  const html = lines.text;
  if (mayContainTracker(html)) return undefined;
  const page = tokenizePlainHtml(html);
  if (!page) return undefined;
  const values: string[] = [];
  const references: Reference[] = [];
  for (const tag of page.tags) {
    for (const [name, value] of tag.attrs) {
      if (name.startsWith('on') && value.trim() !== '') return undefined; // an inline handler is code
      values.push(value);
    }
    if (URL_ELEMENTS.has(tag.name)) {
      if ([tag.attrs.get('src'), tag.attrs.get('href')].some((url) => url !== undefined && mayLoadTracker(url))) return undefined;
    } else if (tag.name === 'script') {
      const link = scriptLink(tag, lines);
      if (link === undefined) return undefined;
      if (link) references.push(link);
    }
  }
  if (mayHoldSensitiveContent(`${page.text}\n${values.join('\n')}`, titles.map((t) => t.text))) return undefined;
  return { detections: [], references, problems: [] };
}
