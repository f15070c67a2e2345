import { extensionOf } from '../../files/file-kind.js';
import { parseJs } from '../../parse/js.js';
import { moduleReferences } from '../../reach/module-graph/module-references.js';
import { LineIndex } from '../../source/line-index.js';
import { emptyFacts, type FileFacts, type FrontEnd } from '../front-end.js';
import { detectInHtml } from '../html/detect-html.js';
import { detectInProgram } from '../js/detect-js.js';
import { mayContainTracker } from '../prefilter.js';
import { tokenScan } from '../token-scan.js';
import { scriptBlocks } from './script-blocks.js';

const EXTENSIONS = new Set(['vue', 'svelte', 'astro']);

/** Blanks `[start, end)` but keeps line breaks, so offsets and positions stay those of the file. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/**
 * Single-file components (Vue, Svelte, Astro). Script blocks and frontmatter are parsed as JS/TS
 * where they sit, so positions point into the component; their imports feed the module graph.
 * The markup around them is read like HTML (`<script src>`, beacon `<img>`, `on*` handlers).
 */
export const componentFrontEnd: FrontEnd = {
  id: 'component',
  accepts: (path) => EXTENSIONS.has(extensionOf(path)),
  analyze({ path, lines }) {
    const facts: FileFacts = emptyFacts();
    let markup = lines.text;
    for (const block of scriptBlocks(path, lines.text)) {
      markup = blank(markup, block.start, block.end);
      const code = lines.text.slice(block.start, block.end);
      const span = { lines, ...block };
      if (!mayContainTracker(code)) {
        facts.references.push(...moduleReferences(span));
        continue;
      }
      const at = lines.position(block.start);
      const parsed = parseJs(code, { dialect: block.dialect, startLine: at.line, startColumn: at.column - 1 });
      facts.problems.push(...parsed.errors);
      facts.references.push(...moduleReferences({ ...span, program: parsed.program }));
      if (parsed.program) facts.detections.push(...detectInProgram(parsed.program, { file: path, code }));
      else {
        facts.failed ??= parsed.errors[0];
        const only = blank(blank(lines.text, 0, block.start), block.end, lines.text.length);
        facts.detections.push(...tokenScan(path, new LineIndex(only)));
      }
    }
    if (mayContainTracker(markup) || /<script\b[^>]*\bsrc\s*=/i.test(markup)) {
      const html = detectInHtml(path, new LineIndex(markup));
      facts.detections.push(...html.detections);
      facts.references.push(...html.scriptLinks.map((l) => ({ kind: 'links-script' as const, specifier: l.src, line: l.line, column: l.column })));
    }
    return facts;
  },
};
