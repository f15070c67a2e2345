import { fileKind } from '../../files/file-kind.js';
import type { FrontEnd } from '../front-end.js';
import { htmlFacts } from './html-facts.js';

export const htmlFrontEnd: FrontEnd = {
  id: 'html',
  accepts: (path) => fileKind(path) === 'html',
  // A plain HTML page's script that does not parse is reported; templates mask their syntax first.
  analyze: ({ path, lines }) => htmlFacts(path, lines, [], { reportUnparsedScripts: true }),
};
