import { parseHtml } from '../../parse/html.js';
import { inferSensitiveContent } from '../../sensitivity/infer-sensitive-content.js';
import type { LineIndex } from '../../source/line-index.js';
import type { FileFacts, Reference } from '../front-end.js';
import { detectInHtml } from './detect-html.js';

/**
 * Everything one HTML document tells, from its parse5 tree: detections, linked first-party
 * scripts, the GTM containers it loads (matched to container exports by id) and content showing
 * it is sensitive.
 */
export function parsedHtmlFacts(
  path: string,
  lines: LineIndex,
  titles: ReadonlyArray<{ text: string; offset: number }> = [],
  options: { reportUnparsedScripts?: boolean } = {},
): FileFacts {
  const { document } = parseHtml(lines.text);
  const scan = detectInHtml(path, lines, document);
  const references: Reference[] = scan.scriptLinks.map((l) => ({ kind: 'links-script', specifier: l.src, line: l.line, column: l.column }));
  const containers = new Set<string>();
  for (const d of scan.detections) {
    if (d.tracker !== 'google-tag-manager' || typeof d.details.id !== 'string' || containers.has(d.details.id)) continue;
    containers.add(d.details.id);
    references.push({ kind: 'loads-container', specifier: d.details.id, line: d.loc.line, column: d.loc.column });
  }
  const sensitiveContent = inferSensitiveContent(document, path, lines, titles);
  return {
    detections: scan.detections,
    references,
    problems: scan.problems,
    ...(options.reportUnparsedScripts && scan.failed ? { failed: scan.failed } : {}),
    ...(sensitiveContent.length > 0 ? { sensitiveContent } : {}),
  };
}
