import { fileKind, jsDialect } from '../../files/file-kind.js';
import { parseJs } from '../../parse/js.js';
import { moduleReferences } from '../../reach/module-graph/module-references.js';
import { emptyFacts, type FrontEnd } from '../front-end.js';
import { mayContainTracker } from '../prefilter.js';
import { tokenScan } from '../token-scan.js';
import { detectInProgram } from './detect-js.js';

export const jsFrontEnd: FrontEnd = {
  id: 'js',
  accepts: (path) => fileKind(path) === 'script',
  analyze({ path, lines }) {
    const facts = emptyFacts();
    const span = { lines, start: 0, end: lines.text.length, dialect: jsDialect(path) };
    if (!mayContainTracker(lines.text)) return { ...facts, references: moduleReferences(span) };
    const parsed = parseJs(lines.text, { dialect: jsDialect(path) });
    facts.references = moduleReferences({ ...span, program: parsed.program });
    facts.problems = parsed.errors;
    if (!parsed.program) {
      facts.failed = parsed.errors[0] ?? { message: 'parse failed', line: 1, column: 1 };
      facts.detections = tokenScan(path, lines);
      return facts;
    }
    facts.detections = detectInProgram(parsed.program, { file: path, code: lines.text });
    return facts;
  },
};
