import { fileKind } from '../../files/file-kind.js';
import type { FrontEnd } from '../front-end.js';
import { detectInHtml } from './detect-html.js';

export const htmlFrontEnd: FrontEnd = {
  id: 'html',
  accepts: (path) => fileKind(path) === 'html',
  analyze({ path, lines }) {
    const scan = detectInHtml(path, lines);
    return {
      detections: scan.detections,
      references: scan.scriptLinks.map((l) => ({ kind: 'links-script', specifier: l.src, line: l.line, column: l.column })),
      problems: scan.problems,
      ...(scan.failed ? { failed: scan.failed } : {}),
    };
  },
};
