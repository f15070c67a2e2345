import { attr, walkElements, type HtmlElement, type HtmlNode } from '../parse/html.js';
import type { LineIndex } from '../source/line-index.js';
import { sensitivePresets } from './presets/index.js';
import { quickExitVocabulary } from './quick-exit-vocabulary.js';
import type { SensitiveReason } from './sensitivity.js';

const keywordPreset = new Map<string, string>();
for (const p of sensitivePresets) for (const k of p.keywords) if (!keywordPreset.has(k)) keywordPreset.set(k, p.id);
const KEYWORDS = new RegExp(
  `(?<![\\w-])(?:${[...keywordPreset.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+'))
    .join('|')})(?![\\w-])`,
  'i',
);
const QUICK_EXIT_CLASS = new RegExp(`(?:^|[\\s_-])(?:${quickExitVocabulary.classes.join('|')})(?:$|[\\s_-])`, 'i');
const QUICK_EXIT_TEXT = new RegExp(`^\\s*(?:${quickExitVocabulary.labels.join('|')})\\s*$`, 'i');
const FORM_ATTRS = ['placeholder', 'aria-label', 'title', 'value'];

function textOf(node: HtmlNode, attrs: readonly string[] = []): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeName === '#text' && 'value' in n) parts.push(n.value);
    if ('tagName' in n) for (const a of attrs) parts.push(attr(n, a) ?? '');
    if ('childNodes' in n && n.nodeName !== 'script' && n.nodeName !== 'style') for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

function keywordIn(text: string): { keyword: string; preset: string } | undefined {
  const m = KEYWORDS.exec(text);
  if (!m) return undefined;
  const keyword = m[0].toLowerCase().replace(/[\s-]+/g, (s) => (s.includes('-') ? '-' : ' '));
  const preset = keywordPreset.get(keyword) ?? keywordPreset.get(keyword.replace(/-/g, ' ')) ?? 'sensitive topic';
  return { keyword, preset };
}

/**
 * Evidence in a page's own content that the page is sensitive: a quick-exit control, a form
 * asking about a sensitive topic, or a title or main heading on one. Topics are the presets'
 * keywords. Only `<title>` and `<h1>` count as headings: a home page links to sensitive topics
 * in its cards and navigation without being one.
 */
export function inferSensitiveContent(
  document: HtmlNode,
  file: string,
  lines: LineIndex,
  /** Titles set outside the markup, such as a page's front matter `title`. */
  titles: ReadonlyArray<{ text: string; offset: number }> = [],
): SensitiveReason[] {
  const reasons: SensitiveReason[] = [];
  const seen = new Set<string>();
  const add = (key: string, at: number | HtmlElement, what: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const line = lines.position(typeof at === 'number' ? at : (at.sourceCodeLocation?.startOffset ?? 0)).line;
    reasons.push({ source: 'content', match: `${what} (${file}:${line})`, origin: 'page content' });
  };
  walkElements(document, (el) => {
    const name = el.tagName;
    const cls = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
    if (QUICK_EXIT_CLASS.test(cls) || (name === 'a' && QUICK_EXIT_TEXT.test(textOf(el)))) {
      add('quick-exit', el, 'quick-exit control');
      return;
    }
    if (name === 'form') {
      const hit = keywordIn(textOf(el, FORM_ATTRS));
      if (hit) add(`form:${hit.preset}`, el, `form asks about '${hit.keyword}' [${hit.preset}]`);
    } else if (name === 'title' || name === 'h1') {
      const hit = keywordIn(textOf(el));
      if (hit) add(`heading:${hit.preset}`, el, `${name === 'title' ? 'title' : 'main heading'} is about '${hit.keyword}' [${hit.preset}]`);
    }
  });
  for (const t of titles) {
    const hit = keywordIn(t.text);
    if (hit) add(`heading:${hit.preset}`, t.offset, `title is about '${hit.keyword}' [${hit.preset}]`);
  }
  return reasons;
}
