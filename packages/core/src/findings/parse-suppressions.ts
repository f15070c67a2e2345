import { fileKind } from '../files/file-kind.js';
import type { LineIndex } from '../source/line-index.js';
import type { SourceLocation } from '../source/location.js';

export const SUPPRESSION_DIRECTIVE = 'pixel-patrol-disable-next-line';

/** `pixel-patrol-disable-next-line RULE[, RULE] -- reason` in a comment. */
export interface Suppression extends SourceLocation {
  file: string;
  rules: string[];
  /** Absent or empty: the suppression still applies, and is reported for lacking a reason. */
  reason?: string;
  /** The line whose findings it suppresses: the one after the comment ends. */
  target: number;
}

/**
 * Comment openers the directive must directly follow: JS and JSX (`//`, `/*`), HTML (`<!--`),
 * Jinja/Twig/Nunjucks (`{#`), Liquid and Django (`{% comment %}`), Handlebars (`{{!--`, `{{!`),
 * ERB/EJS (`<%#`), Smarty (`{*`). `#` (PHP, shell-like templates) only outside JS and HTML, where it
 * is not a comment.
 */
const OPENER = /(?:\/\/|\/\*|<!--|\{#-?|\{%-?\s*comment\s*-?%\}|\{\{!--|\{\{!|<%#|\{\*|(?<![{<%])#)\s*$/;
const BLOCK_CLOSERS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^\/\*/, /\*\//],
  [/^<!--/, /-->/],
  [/^\{#/, /-?#\}/],
  [/^\{%/, /\{%-?\s*endcomment\s*-?%\}/],
  [/^\{\{!--/, /--\}\}/],
  [/^\{\{!/, /\}\}/],
  [/^<%#/, /%>/],
  [/^\{\*/, /\*\}/],
];
const BODY = /^\s+([\w@/-]+(?:\s*,\s*[\w@/-]+)*)(?:\s+--(?:\s+(.*?))?)?\s*$/;

/** Directives in one file. Only called for files whose text contains the directive at all. */
export function parseSuppressions(path: string, lines: LineIndex): Suppression[] {
  const text = lines.text;
  // `#` opens a comment in PHP, Python, Ruby, shell and YAML, which are templates or text; never in JS or HTML.
  const hashComments = fileKind(path) === 'text' || fileKind(path) === 'template';
  const out: Suppression[] = [];
  for (let at = text.indexOf(SUPPRESSION_DIRECTIVE); at >= 0; at = text.indexOf(SUPPRESSION_DIRECTIVE, at + 1)) {
    const { line } = lines.position(at);
    // Only the text just before the directive can hold its opener; minified lines can be megabytes.
    const lookFrom = Math.max(lines.offset(line, 1), at - 64);
    const opener = OPENER.exec(text.slice(lookFrom, at));
    if (!opener || (opener[0].trim() === '#' && !hashComments)) continue;
    const openAt = lookFrom + opener.index;
    const afterDirective = at + SUPPRESSION_DIRECTIVE.length;
    const closer = BLOCK_CLOSERS.find(([open]) => open.test(opener[0]))?.[1];
    const closeMatch = closer ? new RegExp(closer.source, 'g') : undefined;
    let closeStart = -1;
    let closeEnd = -1;
    if (closeMatch) {
      closeMatch.lastIndex = afterDirective;
      const m = closeMatch.exec(text);
      if (m) [closeStart, closeEnd] = [m.index, m.index + m[0].length];
    }
    const lineEnd = lines.offset(line + 1, 1);
    const bodyEnd = closeStart >= 0 && closeStart < lineEnd ? closeStart : lineEnd;
    const bodyText = text.slice(afterDirective, bodyEnd).replace(/\r?\n$|\r$/, '');
    const body = BODY.exec(bodyText);
    const span = lines.span(openAt, closeEnd >= 0 ? closeEnd : afterDirective + bodyText.length);
    const rules = body ? body[1]!.split(',').map((r) => r.trim()) : [];
    const reason = body?.[2]?.trim();
    out.push({ file: path, ...span, rules, ...(reason ? { reason } : {}), target: span.endLine + 1 });
  }
  return out;
}
