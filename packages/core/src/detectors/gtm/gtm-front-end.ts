import { findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';
import type { LineIndex } from '../../source/line-index.js';
import type { SourceLocation } from '../../source/location.js';
import type { Detection } from '../detection.js';
import { emptyFacts, type FrontEnd } from '../front-end.js';
import { buildTagFiring } from './build-tag-firing.js';
import { GtmContainer } from './gtm-container.js';
import type { GtmRawTag } from './gtm-export.js';
import { identifyTag } from './identify-tag.js';
import { jsonStringOffsets } from './json-string-offsets.js';
import { readGtmExport } from './read-gtm-export.js';
import { scanCustomHtml } from './scan-custom-html.js';

/** The keys every export starts with; checked on the head of the file before any parse. */
const EXPORT_HEAD = /"(?:exportFormatVersion|containerVersion)"\s*:/;
const PUBLIC_ID = /^GTM-[A-Z0-9]+$/i;

/**
 * Google Tag Manager container exports (`*.json`, and `*.json.js` copies). Each tag that sends to
 * a tracker becomes a detection located at the tag object (Custom HTML: at the code inside the
 * `html` string), carrying in `details.gtm` what its firing depends on; the reach phase decides
 * on which routes that is (`reach/gtm/tag-verdict.ts`).
 */
export const gtmFrontEnd: FrontEnd = {
  id: 'gtm',
  accepts: (path, text) => /\.json(?:\.js)?$/i.test(path) && EXPORT_HEAD.test(text.slice(0, 4096)),
  analyze({ path, lines }) {
    const tree = readGtmExport(path, lines);
    const c = new GtmContainer(tree.version);
    const facts = emptyFacts();
    facts.problems = [...tree.problems];
    const triggerAt = (i: number) => {
      const n = findNodeAtLocation(tree.versionNode, ['trigger', i]);
      return n ? lines.position(n.offset) : undefined;
    };
    c.tags.forEach((tag, i) => {
      const node = findNodeAtLocation(tree.versionNode, ['tag', i]);
      const loc = node ? lines.span(node.offset, node.offset + node.length) : lines.span(tree.versionNode.offset, tree.versionNode.offset);
      const firing = buildTagFiring(c, tag, triggerAt);
      const extra = { gtm: firing, ...(firing.consent.startsWith('NEEDED') ? { gate: `GTM consent ${firing.consent}` } : {}) };
      const found: Detection[] = [];
      if (tag.type === 'html') {
        for (const d of customHtml(c, tag, node, path, lines, loc)) found.push({ ...d, details: { ...d.details, ...extra } });
      } else {
        const id = identifyTag(c, tag);
        if (!id && tag.type !== 'img') facts.problems.push({ line: loc.line, column: loc.column, message: `tag "${firing.tag}" of type ${firing.tagType} is not a known tracker` });
        if (id) found.push({ tracker: id.tracker.id, kind: id.kind, file: path, loc, certainty: id.certainty, evidence: `GTM tag "${firing.tag}": ${id.evidence}`, details: { ...id.details, ...extra } });
      }
      facts.detections.push(...found);
    });
    for (const name of [...c.unresolved].sort()) facts.problems.push({ message: `{{${name}}} names no variable in this export`, line: 1, column: 1 });
    if (PUBLIC_ID.test(c.publicId)) facts.declares = [c.publicId.toUpperCase()];
    return facts;
  },
};

function customHtml(c: GtmContainer, tag: GtmRawTag, node: JsonNode | undefined, file: string, fileLines: LineIndex, fallback: SourceLocation): Detection[] {
  const index = (tag.parameter ?? []).findIndex((p) => p.key === 'html');
  const html = tag.parameter?.[index]?.value;
  if (typeof html !== 'string') return [];
  const str = node && index >= 0 ? findNodeAtLocation(node, ['parameter', index, 'value']) : undefined;
  let offsets = str?.type === 'string' ? jsonStringOffsets(fileLines.text.slice(str.offset, str.offset + str.length), str.offset) : undefined;
  if (offsets && offsets.length !== html.length + 1) offsets = undefined;
  return scanCustomHtml({ file, html, fileLines, fallback, resolve: (name) => c.literal(`{{${name}}}`), ...(offsets ? { offsets } : {}) });
}
