import { jsFrontEnd } from '../../src/detectors/js/js-front-end.js';
import type { Detection } from '../../src/detectors/detection.js';
import { LineIndex } from '../../src/source/line-index.js';

export type Dialect = 'js' | 'ts' | 'jsx' | 'tsx';

/** Runs the real JS front end over `code` as a file of the given dialect. */
export function detectJs(code: string, dialect: Dialect = 'js'): Detection[] {
  return jsFrontEnd.analyze({ path: `src/sample.${dialect}`, lines: new LineIndex(code) }).detections;
}

/** The part of a detection a table pins down. */
export function brief(d: Detection): string {
  return `${d.tracker} ${d.kind} ${d.loc.line}:${d.loc.column}`;
}
