import { attr, parseHtml, textContent, walkElements, type HtmlElement, type HtmlNode } from '../../parse/html.js';
import type { ParseProblem } from '../../parse/js.js';
import type { LineIndex } from '../../source/line-index.js';
import { matchTrackerUrl } from '../../trackers/catalogue.js';
import type { Detection } from '../detection.js';
import { compactUrl } from './compact-url.js';
import { scanInlineJs } from './scan-inline-js.js';
import { scriptKind } from './script-kind.js';
import { scriptSrcKind } from './script-src-kind.js';

/** A first-party `<script src>`: the page's route reaches whatever the linked file does. */
export interface ScriptLink {
  src: string;
  line: number;
  column: number;
}

export interface HtmlScan {
  detections: Detection[];
  scriptLinks: ScriptLink[];
  problems: ParseProblem[];
  /** The first inline script that could not be parsed at all (it was token-scanned instead). */
  failed?: ParseProblem;
}

const GTM_ID = /[?&]id=(GTM-[A-Z0-9]+)/i;
const GTM_LITERAL = /['"](GTM-[A-Z0-9]{4,})['"]/;

/**
 * Finds trackers in an HTML document: inline scripts, script/img/iframe URLs, inline handlers.
 * Pass the parsed `document` when the caller needs it too, so the file is parsed once.
 */
export function detectInHtml(file: string, lines: LineIndex, document: HtmlNode = parseHtml(lines.text).document): HtmlScan {
  const text = lines.text;
  const scan: HtmlScan = { detections: [], scriptLinks: [], problems: [] };
  walkElements(document, (el) => {
    const loc = el.sourceCodeLocation;
    if (!loc) return;
    const name = el.tagName;
    if (name === 'script') scanScript(el, file, lines, scan);
    else if (name === 'img' || name === 'iframe' || (name === 'link' && isPreload(el))) {
      const url = attr(el, 'src') ?? attr(el, 'href');
      const m = url === undefined ? undefined : matchTrackerUrl(compactUrl(url));
      if (m) {
        const gtm = GTM_ID.exec(url!)?.[1];
        scan.detections.push({
          tracker: m.tracker.id,
          kind: name === 'img' ? (m.kind === 'load' ? 'load' : 'beacon') : m.kind,
          file,
          loc: lines.span(loc.startOffset, loc.startTag?.endOffset ?? loc.endOffset),
          certainty: name === 'link' ? 'likely' : 'certain',
          evidence: `<${name} ${name === 'link' ? 'href' : 'src'}="${url}">`,
          details: gtm ? { url: m.target, id: gtm } : { url: m.target },
        });
      }
    }
    for (const a of el.attrs) {
      if (!a.name.startsWith('on') || a.value.trim() === '') continue;
      const aloc = loc.attrs?.[a.name];
      if (!aloc) continue;
      const valueAt = text.slice(aloc.startOffset, aloc.endOffset).indexOf(a.value);
      if (valueAt < 0) continue;
      collect(scanInlineJs(a.value, { file, lines, offset: aloc.startOffset + valueAt }), scan);
    }
  });
  return scan;
}

function collect(found: { detections: Detection[]; problems: ParseProblem[]; failed?: ParseProblem }, scan: HtmlScan): Detection[] {
  scan.detections.push(...found.detections);
  scan.problems.push(...found.problems);
  if (found.failed) scan.failed ??= found.failed;
  return found.detections;
}

function isPreload(el: HtmlElement): boolean {
  const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('preload') || rel.includes('prefetch') || rel.includes('modulepreload');
}

function scanScript(el: HtmlElement, file: string, lines: LineIndex, scan: HtmlScan): void {
  const what = scriptKind(el);
  if (what.kind === 'data') return; // JSON-LD, templates and data blocks are not code
  const gate = what.kind === 'gated' ? { gate: what.gate } : {};
  const src = attr(el, 'src');
  const loc = el.sourceCodeLocation!;
  if (src !== undefined) {
    const span = lines.span(loc.startOffset, loc.startTag?.endOffset ?? loc.endOffset);
    const target = scriptSrcKind(src);
    if (target.kind === 'tracker') {
      const m = target.match;
      const gtm = GTM_ID.exec(src)?.[1];
      scan.detections.push({
        tracker: m.tracker.id,
        kind: 'load',
        file,
        loc: span,
        certainty: 'certain',
        evidence: `<script src="${src}">`,
        details: { url: m.target, ...(gtm ? { id: gtm } : {}), ...gate },
      });
    } else if (target.kind === 'third-party') {
      const other = target.match;
      scan.detections.push({
        tracker: other.tracker.id,
        kind: 'load',
        file,
        loc: span,
        certainty: 'likely',
        evidence: `<script src="${src}"> (${other.entity}, third-party-web category "${other.category}")`,
        details: { url: src.replace(/^(?:https?:)?\/\//i, '').replace(/[?#].*$/, ''), entity: other.entity, ...gate },
      });
    } else if (target.kind === 'linked') {
      const start = lines.position(loc.startOffset);
      scan.scriptLinks.push({ src, line: start.line, column: start.column });
    }
  }
  const body = textContent(el);
  if (!body || body.text.trim() === '') return;
  const found = collect(scanInlineJs(body.text, { file, lines, offset: body.offset }), scan);
  const container = GTM_LITERAL.exec(body.text)?.[1];
  for (const d of found) {
    if (what.kind === 'gated') d.details.gate = what.gate;
    if (container && d.tracker === 'google-tag-manager' && d.details.id === undefined) d.details.id = container;
  }
}
