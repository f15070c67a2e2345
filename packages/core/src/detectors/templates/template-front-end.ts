import { readFrontMatter } from '../../parse/front-matter.js';
import { LineIndex } from '../../source/line-index.js';
import type { Detection } from '../detection.js';
import { htmlFacts } from '../html/html-facts.js';
import { emptyFacts, type FrontEnd } from '../front-end.js';
import { tokenScan } from '../token-scan.js';
import { dialectFor } from './dialect-for.js';
import { maskTemplate } from './mask-template.js';
import { templateReferences } from './template-references.js';
import { templateScriptSrc } from './template-script-src.js';

/** Server and static-site templates: masked to plain HTML with positions kept, then read as HTML. */
export const templateFrontEnd: FrontEnd = {
  id: 'template',
  accepts: (path, text) => dialectFor(path, text) !== undefined,
  analyze({ path, lines }) {
    const dialect = dialectFor(path, lines.text)!;
    const masked = maskTemplate(lines.text, dialect);
    const maskedLines = new LineIndex(masked.text);
    const title = dialect.frontMatter ? readFrontMatter(lines.text)?.fields.get('title') : undefined;
    const titles = title ? [{ text: title.value, offset: title.offset }] : [];
    const heading = dialect.id === 'markdown-page' ? /^#[ \t]+(.+)$/m.exec(masked.text) : null;
    if (heading) titles.push({ text: heading[1]!, offset: heading.index });
    const facts = dialect.markup === 'html' ? htmlFacts(path, maskedLines, titles) : { ...emptyFacts(), detections: tokenScan(path, maskedLines) };
    for (const d of facts.detections) restoreTemplateText(d, lines, maskedLines);
    for (const b of dialect.builtIns ?? []) {
      for (const m of lines.text.matchAll(b.pattern)) {
        if (masked.comments.some(([s, e]) => m.index >= s && m.index < e)) continue;
        const loc = lines.span(m.index, m.index + m[0].length);
        facts.detections.push({ tracker: b.tracker, kind: b.kind, file: path, loc, certainty: 'certain', evidence: m[0], details: { builtIn: m[0] } });
      }
    }
    facts.references = facts.references.flatMap((r) => {
      if (r.kind !== 'links-script') return [r];
      const specifier = templateScriptSrc(r, lines);
      return specifier === undefined ? [] : [{ ...r, specifier }];
    });
    facts.references.push(...templateReferences(path, lines, dialect, masked.comments));
    return facts;
  },
};

/**
 * Detections were found in the masked text; their evidence is re-read from the template, and an
 * id or event name that was a template expression is reported as that expression.
 */
function restoreTemplateText(d: Detection, original: LineIndex, masked: LineIndex): void {
  const start = original.offset(d.loc.line, d.loc.column);
  const end = original.offset(d.loc.endLine, d.loc.endColumn);
  const raw = original.text.slice(start, end).replace(/\s+/g, ' ');
  d.evidence = raw.length > 100 ? `${raw.slice(0, 97)}...` : raw;
  const key = d.kind === 'init' ? 'id' : d.kind === 'event' ? 'event' : undefined;
  const value = key ? d.details[key] : undefined;
  if (key && (value === undefined || (typeof value === 'string' && /^0?\s*$/.test(value)))) {
    let a = start;
    while (a < end && original.text[a] === masked.text[a]) a++;
    let last = a;
    for (let b = a; b < end && (original.text[b] !== masked.text[b] || /\s/.test(original.text[b]!)); b++) {
      if (original.text[b] !== masked.text[b]) last = b + 1;
    }
    if (last > a) d.details[key] = original.text.slice(a, last).trim();
  }
}
