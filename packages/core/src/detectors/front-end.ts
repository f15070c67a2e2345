import type { ParseProblem } from '../parse/js.js';
import type { EdgeKind } from '../reach/edge.js';
import type { SensitiveReason } from '../sensitivity/sensitivity.js';
import type { LineIndex } from '../source/line-index.js';
import type { Detection } from './detection.js';

/**
 * A raw reference from one file to another, as written (`./pixel`, `/js/tags.js`,
 * `partials/head.html`). The reach phase resolves it to a project file.
 */
export interface Reference {
  kind: EdgeKind;
  specifier: string;
  line: number;
  column: number;
  /** Set when the file mounts the target at this URL pattern only (a route table entry). */
  route?: { pattern: string; role: 'page' | 'layout' };
}

/** What one front end learned from one file. */
export interface FileFacts {
  detections: Detection[];
  references: Reference[];
  /** Recoverable parse problems (the file was still analysed). */
  problems: ParseProblem[];
  /** Set when the file could not be parsed at all; detections then come from a token scan. */
  failed?: ParseProblem;
  /** Content that shows the page itself is sensitive (a report form, a quick-exit button). */
  sensitiveContent?: SensitiveReason[];
  /** Names other files reference this one by (a GTM container export's public id). */
  declares?: string[];
}

export interface FrontEndInput {
  /** Project-relative posix path. */
  path: string;
  lines: LineIndex;
}

/** Reads one kind of input (HTML, JS/TS, a template language, a GTM export) into facts. */
export interface FrontEnd {
  id: string;
  accepts(path: string, text: string): boolean;
  analyze(input: FrontEndInput): FileFacts;
}

export function emptyFacts(): FileFacts {
  return { detections: [], references: [], problems: [] };
}
