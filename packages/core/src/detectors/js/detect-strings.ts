import type { Node, Position } from 'estree';
import { parseJs } from '../../parse/js.js';
import { LineIndex } from '../../source/line-index.js';
import { matchTrackerUrl, trackerForId, trackerGlobals } from '../../trackers/catalogue.js';
import type { Detection } from '../detection.js';
import { mayContainTracker } from '../prefilter.js';
import { spanOf } from './estree-helpers.js';
import type { JsScan } from './js-scan.js';
import { urlCertainty } from './url-context.js';

/** Stands for an interpolated or concatenated part: never a word character, never whitespace. */
const HOLE = '\uE000';
const HTML_SHAPE = /<\s*(?:script|noscript|img|iframe)\b/i;
let codeShape: RegExp | undefined;

/** Parses markup held in a string; the JS front end is given it so the two detectors stay apart. */
export type HtmlInString = (file: string, lines: LineIndex) => Detection[];

/** What a string, template literal or `+` concatenation spells, with where its text starts. */
interface StringText {
  /** Interpolations as {@link HOLE}: for URL matching. */
  text: string;
  /** Source text with interpolations as same-length identifiers, or the cooked text when escapes make offsets differ. */
  code: string;
  /** `code` maps one-to-one onto the original file from `line`/`column` (0-based column). */
  exact: boolean;
  line: number;
  column: number;
}

/**
 * Tracker URLs in strings (judged by what consumes them) and tracker snippets held in strings
 * (template literals, `dangerouslySetInnerHTML`, `<Script>` children, `innerHTML =`), which are
 * parsed as JS or HTML so their detections point into the original file.
 */
export function detectString(node: Node, ancestors: readonly Node[], scan: JsScan, html: HtmlInString): void {
  const parent = ancestors[ancestors.length - 1];
  if (parent?.type === 'BinaryExpression' && parent.operator === '+') return; // the whole concatenation is read once
  if (node.type === 'Literal' && parent?.type === 'ExpressionStatement' && (parent as { directive?: string }).directive !== undefined) return;
  const s = stringText(node, scan.ctx.code, scan.locations.at(node)?.start);
  if (!s || !mayContainTracker(s.text)) return;
  if (embedded(s, node, scan, html)) return;
  const m = matchTrackerUrl(s.text);
  if (!m) return;
  const certainty = urlCertainty(node, ancestors);
  if (certainty === null) return;
  const id = m.id ?? snippetId(m.tracker.id, ancestors);
  scan.add(m.tracker, m.kind, node, { url: m.target, ...(id !== undefined ? { id } : {}) }, certainty);
}

function embedded(s: StringText, node: Node, scan: JsScan, html: HtmlInString): boolean {
  const depth = (scan.ctx.depth ?? 0) + 1;
  if (depth > 3) return false;
  let found: Detection[];
  let kind: 'js' | 'html';
  const start = scan.locations.at(node)?.start;
  const line = s.exact ? s.line : (start?.line ?? 1);
  const column = s.exact ? s.column : (start?.column ?? 0);
  if (HTML_SHAPE.test(s.code)) {
    kind = 'html';
    found = html(scan.ctx.file, new LineIndex(s.code)).map((d) => shift(d, line, column, s.exact));
  } else {
    codeShape ??= new RegExp(`(?<![\\w$.])(?:window\\.)?(?:${trackerGlobals().map((g) => g.replace(/\$/g, '\\$')).join('|')})\\s*(?:\\?\\.\\s*)?[(.]|!function\\s*\\(|\\(function\\s*\\(`);
    if (!codeShape.test(s.code)) return false;
    const parsed = parseJs(s.code, { dialect: 'js', startLine: line, startColumn: column });
    if (!parsed.program || parsed.errors.length > 0) return false; // prose that mentions a call, not code
    kind = 'js';
    found = scan.nested(parsed.program, { file: scan.ctx.file, code: s.code, depth });
    if (!s.exact) for (const d of found) d.loc = { ...d.loc, line, column: column + 1, endLine: line, endColumn: column + 1 };
  }
  for (const d of found) {
    d.details.embedded ??= kind;
    if (typeof d.details.id === 'string' && /^\$_*$/.test(d.details.id)) delete d.details.id; // an interpolated id
  }
  scan.found.push(...found);
  return found.length > 0 || kind === 'html';
}

function shift(d: Detection, line: number, column: number, exact: boolean): Detection {
  if (!exact) return { ...d, loc: { line, column: column + 1, endLine: line, endColumn: column + 1 } };
  const move = (l: number, c: number) => ({ l: l + line - 1, c: l === 1 ? c + column : c });
  const a = move(d.loc.line, d.loc.column);
  const b = move(d.loc.endLine, d.loc.endColumn);
  return { ...d, loc: { line: a.l, column: a.c, endLine: b.l, endColumn: b.c } };
}

function stringText(node: Node, code: string, start: Position | undefined): StringText | undefined {
  const span = spanOf(node);
  if (!start || !span) return undefined;
  const at = { line: start.line, column: start.column + 1 };
  if (node.type === 'Literal') {
    if (typeof node.value !== 'string') return undefined;
    const raw = code.slice(span[0] + 1, span[1] - 1);
    return { text: node.value, code: raw === node.value ? raw : node.value, exact: raw === node.value, ...at };
  }
  if (node.type === 'TemplateLiteral') {
    let text = '';
    let src = '';
    let exact = true;
    node.quasis.forEach((q, i) => {
      text += q.value.cooked ?? q.value.raw;
      src += q.value.raw;
      const next = node.quasis[i + 1];
      const here = spanOf(q);
      const there = next ? spanOf(next) : undefined;
      if (!next) return;
      text += HOLE;
      const gap = here && there ? code.slice(here[1], there[0]) : '${}';
      if (/[\r\n]/.test(gap)) exact = false;
      src += `$${'_'.repeat(Math.max(0, gap.length - 1))}`;
    });
    return { text, code: src, exact, ...at };
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const parts: string[] = [];
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === 'BinaryExpression' && n.operator === '+') stack.push(n.right, n.left);
      else if (n.type === 'Literal' && typeof n.value === 'string') parts.push(n.value);
      else parts.push(HOLE);
    }
    if (parts.every((p) => p === HOLE)) return undefined;
    const text = parts.join('');
    return { text, code: parts.map((p) => (p === HOLE ? '$_' : p)).join(''), exact: false, ...at, column: start.column };
  }
  return undefined;
}

/** The account id among the arguments of the IIFE around a loader URL (the GTM snippet's `'GTM-…'`). */
function snippetId(tracker: string, ancestors: readonly Node[]): string | undefined {
  for (let i = ancestors.length - 1; i > 0; i--) {
    const fn = ancestors[i]!;
    if (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') continue;
    const call = ancestors[i - 1]!;
    if (call.type !== 'CallExpression' || call.callee !== fn) return undefined;
    for (const a of call.arguments) {
      if (a.type === 'Literal' && typeof a.value === 'string' && trackerForId(a.value)?.id === tracker) return a.value;
    }
    return undefined;
  }
  return undefined;
}
