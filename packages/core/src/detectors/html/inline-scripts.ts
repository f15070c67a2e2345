import { parseHtml, textContent, walkElements } from '../../parse/html.js';
import type { LineIndex } from '../../source/line-index.js';
import { scriptKind } from './script-kind.js';

/** JavaScript embedded in an HTML file, with where it starts in that file. */
export interface InlineScript {
  /** `script` for a `<script>` body, `handler` for an `on*` attribute value. */
  kind: 'script' | 'handler';
  text: string;
  /** UTF-16 offset of the first character in the HTML file. */
  offset: number;
  /** 1-based line and column of the first character. */
  line: number;
  column: number;
}

/** Every piece of inline JavaScript `detectInHtml` reads as code, in document order. */
export function inlineScripts(lines: LineIndex): InlineScript[] {
  const out: InlineScript[] = [];
  walkElements(parseHtml(lines.text).document, (el) => {
    const loc = el.sourceCodeLocation;
    if (!loc) return;
    if (el.tagName === 'script' && scriptKind(el).kind !== 'data') {
      const body = textContent(el);
      if (body && body.text.trim() !== '') out.push({ kind: 'script', text: body.text, offset: body.offset, line: body.line, column: body.col });
    }
    for (const a of el.attrs) {
      const aloc = loc.attrs?.[a.name];
      if (!a.name.startsWith('on') || a.value.trim() === '' || !aloc) continue;
      const at = lines.text.slice(aloc.startOffset, aloc.endOffset).indexOf(a.value);
      if (at < 0) continue;
      const offset = aloc.startOffset + at;
      out.push({ kind: 'handler', text: a.value, offset, ...lines.position(offset) });
    }
  });
  return out.sort((a, b) => a.offset - b.offset);
}
