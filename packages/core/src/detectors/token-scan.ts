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
  const text = lines.text;
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
