import type { LineIndex } from '../../source/line-index.js';
import type { FileFacts } from '../front-end.js';
import { parsedHtmlFacts } from './parsed-html-facts.js';
import { plainPageFacts } from './plain-page-facts.js';

/**
 * Everything one HTML document tells: detections, linked first-party scripts, the GTM
 * containers it loads and content showing it is sensitive. A page with nothing to find but its
 * script links is read by a flat scan; anything else is parsed into a tree.
 */
export function htmlFacts(
  path: string,
  lines: LineIndex,
  titles: ReadonlyArray<{ text: string; offset: number }> = [],
  options: { reportUnparsedScripts?: boolean } = {},
): FileFacts {
  return plainPageFacts(lines, titles) ?? parsedHtmlFacts(path, lines, titles, options);
}
