import { LineIndex } from '../../source/line-index.js';
import { htmlFacts } from '../html/html-facts.js';
import { emptyFacts, type FrontEnd } from '../front-end.js';
import { tokenScan } from '../token-scan.js';
import { dialectFor } from './dialect-for.js';
import { maskTemplate } from './mask-template.js';
import { templateReferences } from './template-references.js';

/** Server and static-site templates: masked to plain HTML with positions kept, then read as HTML. */
export const templateFrontEnd: FrontEnd = {
  id: 'template',
  accepts: (path, text) => dialectFor(path, text) !== undefined,
  analyze({ path, lines }) {
    const dialect = dialectFor(path, lines.text)!;
    const masked = maskTemplate(lines.text, dialect);
    const maskedLines = new LineIndex(masked.text);
    const facts = dialect.markup === 'html' ? htmlFacts(path, maskedLines) : { ...emptyFacts(), detections: tokenScan(path, maskedLines) };
    facts.references.push(...templateReferences(path, lines, dialect, masked.comments));
    return facts;
  },
};
