import { posix } from 'node:path';
import { emptyFacts, type FrontEnd } from '../front-end.js';

const LAYOUT = /"layout"\s*:\s*"([^"]+)"/;

/** `src/report/report.json` or `report.11tydata.json`: Eleventy data for every page in that folder. */
function isEleventyDirectoryData(path: string): boolean {
  if (/\.11tydata\.json$/.test(path)) return true;
  const dir = posix.dirname(path);
  return dir !== '.' && posix.basename(path) === `${posix.basename(dir)}.json`;
}

/**
 * Eleventy directory data files set `layout` for every page below them, without any front
 * matter: the data file extends the layout, and each page links to its folders' data files
 * (see the brace-template dialect), so the layout reaches those pages. Only a `layout` key is
 * read; a GTM export or other JSON is left to its own reader.
 */
export const eleventyDataFrontEnd: FrontEnd = {
  id: 'eleventy-data',
  accepts: (path, text) => isEleventyDirectoryData(path) && LAYOUT.test(text) && !/"exportFormatVersion"/.test(text),
  analyze({ lines }) {
    const facts = emptyFacts();
    const m = LAYOUT.exec(lines.text);
    if (m) {
      const { line, column } = lines.position(m.index + m[0].indexOf('"', m[0].indexOf(':')));
      facts.references.push({ kind: 'extends', specifier: m[1]!, line, column });
    }
    return facts;
  },
};
