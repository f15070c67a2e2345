import { attr, parseHtml, textContent, walkElements, type HtmlElement } from '../../parse/html.js';
import { parseJs, type ParseProblem } from '../../parse/js.js';
import type { LineIndex } from '../../source/line-index.js';
import { matchTrackerUrl } from '../../trackers/catalogue.js';
import type { Detection } from '../detection.js';
import { detectInProgram } from '../js/detect-js.js';
import { tokenScanAt } from '../token-scan-at.js';

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

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/partytown', 'text/ecmascript']);
const CONSENT_TYPES = new Set(['text/plain', 'text/x-consent', 'text/blocked']);

/** Finds trackers in an HTML document: inline scripts, script/img/iframe URLs, inline handlers. */
export function detectInHtml(file: string, lines: LineIndex): HtmlScan {
  const text = lines.text;
  const { document } = parseHtml(text);
  const scan: HtmlScan = { detections: [], scriptLinks: [], problems: [] };
  walkElements(document, (el) => {
    const loc = el.sourceCodeLocation;
    if (!loc) return;
    const name = el.tagName;
    if (name === 'script') scanScript(el, file, lines, scan);
    else if (name === 'img' || name === 'iframe' || (name === 'link' && isPreload(el))) {
      const url = attr(el, 'src') ?? attr(el, 'href');
      const m = url === undefined ? undefined : matchTrackerUrl(url);
      if (m) {
        const span = lines.span(loc.startOffset, loc.startTag?.endOffset ?? loc.endOffset);
        scan.detections.push({
          tracker: m.tracker.id,
          kind: name === 'img' ? (m.kind === 'load' ? 'load' : 'beacon') : m.kind,
          file,
          loc: span,
          certainty: name === 'link' ? 'likely' : 'certain',
          evidence: `<${name} ${name === 'link' ? 'href' : 'src'}="${url}">`,
          details: { url: m.target },
        });
      }
    }
    for (const a of el.attrs) {
      if (!a.name.startsWith('on') || a.value.trim() === '') continue;
      const aloc = loc.attrs?.[a.name];
      if (!aloc) continue;
      const raw = text.slice(aloc.startOffset, aloc.endOffset);
      const valueAt = raw.indexOf(a.value);
      if (valueAt < 0) continue;
      const pos = lines.position(aloc.startOffset + valueAt);
      scanJs(a.value, file, pos.line, pos.column - 1, scan);
    }
  });
  return scan;
}

function isPreload(el: HtmlElement): boolean {
  const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('preload') || rel.includes('prefetch') || rel.includes('modulepreload');
}

function scanScript(el: HtmlElement, file: string, lines: LineIndex, scan: HtmlScan): void {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  const gated = CONSENT_TYPES.has(type);
  if (!gated && !JS_TYPES.has(type)) return; // JSON-LD, templates and data blocks are not code
  const src = attr(el, 'src');
  const loc = el.sourceCodeLocation!;
  if (src !== undefined) {
    const m = matchTrackerUrl(src);
    const start = lines.position(loc.startOffset);
    if (m) {
      scan.detections.push({
        tracker: m.tracker.id,
        kind: 'load',
        file,
        loc: lines.span(loc.startOffset, loc.startTag?.endOffset ?? loc.endOffset),
        certainty: 'certain',
        evidence: `<script src="${src}">`,
        details: gated ? { url: m.target, gate: `type="${type}"` } : { url: m.target },
      });
    } else if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src) && !/^(?:data|blob|javascript):/i.test(src)) {
      scan.scriptLinks.push({ src, line: start.line, column: start.column });
    }
  }
  const body = textContent(el);
  if (body && body.text.trim() !== '') {
    const before = scan.detections.length;
    scanJs(body.text, file, body.line, body.col - 1, scan);
    if (gated) for (const d of scan.detections.slice(before)) d.details.gate = `type="${type}"`;
  }
}

function scanJs(code: string, file: string, line: number, column: number, scan: HtmlScan): void {
  const parsed = parseJs(code, { dialect: 'js', startLine: line, startColumn: column });
  scan.problems.push(...parsed.errors);
  if (parsed.program) scan.detections.push(...detectInProgram(parsed.program, { file, code }));
  else {
    scan.failed ??= parsed.errors[0];
    scan.detections.push(...tokenScanAt(file, code, line, column));
  }
}
