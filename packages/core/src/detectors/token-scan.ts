import { fileBudget } from '../files/file-budget.js';
import type { LineIndex } from '../source/line-index.js';
import { matchTrackerUrl, trackerForGlobal, trackerGlobals } from '../trackers/catalogue.js';
import type { Detection } from './detection.js';

const URL_RE = /(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`<>()\\]*/gi;
let callRe: RegExp | undefined;

function globalCallRe(): RegExp {
  const names = trackerGlobals().map((g) => g.replace(/[$]/g, '\\$')).join('|');
  return new RegExp(`(?<![\\w$.])(?:(?:window|globalThis|self)\\s*\\.\\s*)?(${names})\\s*(?:\\?\\.\\s*)?\\(\\s*(['"\`])(\\w+)\\2`, 'g');
}

/**
 * Last resort for text that cannot be parsed: tracker URLs and `global('command', …)` shapes.
 * Every result is `possible`; the caller also reports why the file was not parsed.
 */
export function tokenScan(file: string, lines: LineIndex): Detection[] {
  const text = withoutComments(lines.text);
  const out: Detection[] = [];
  fileBudget.check();
  for (const m of text.matchAll(URL_RE)) {
    const hit = matchTrackerUrl(m[0]);
    if (!hit) continue;
    out.push({
      tracker: hit.tracker.id,
      kind: hit.kind,
      file,
      loc: lines.span(m.index, m.index + m[0].length),
      certainty: 'possible',
      evidence: m[0],
      details: { url: hit.target },
    });
  }
  callRe ??= globalCallRe();
  fileBudget.check();
  for (const m of text.matchAll(callRe)) {
    const tracker = trackerForGlobal(m[1]!);
    if (!tracker) continue;
    const command = m[3]!;
    out.push({
      tracker: tracker.id,
      kind: tracker.commands[command] ?? 'event',
      file,
      loc: lines.span(m.index, m.index + m[0].length),
      certainty: 'possible',
      evidence: m[0],
      details: { command },
    });
  }
  return out.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}

/**
 * The text with line, block and `<!-- -->` comments blanked (newlines kept, so offsets hold):
 * commented-out pixel code is not tracker activity even when the file does not parse.
 */
function lineEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return j;
  }
  return -1;
}

function withoutComments(text: string): string {
  const out = text.split('');
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || ((c === '\n' || c === '\r') && quote !== '`')) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      continue;
    }
    // `//` after a colon is a URL (`https://…`), not a comment.
    const close = text.startsWith('//', i) && text[i - 1] !== ':' ? '\n' : text.startsWith('/*', i) ? '*/' : text.startsWith('<!--', i) ? '-->' : '';
    if (!close) continue;
    // A line comment ends at any line terminator, a lone CR included.
    const end = close === '\n' ? lineEnd(text, i + 2) : text.indexOf(close, i + 2);
    const stop = end < 0 ? text.length : close === '\n' ? end : end + close.length;
    for (let j = i; j < stop; j++) if (out[j] !== '\n' && out[j] !== '\r') out[j] = ' ';
    i = stop - 1;
  }
  return out.join('');
}
