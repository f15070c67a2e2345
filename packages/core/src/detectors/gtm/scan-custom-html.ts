import type { SourceLocation } from '../../source/location.js';
import { LineIndex } from '../../source/line-index.js';
import type { Detection } from '../detection.js';
import { detectInHtml } from '../html/detect-html.js';

export interface CustomHtmlInput {
  file: string;
  html: string;
  /** File offset of every unit of `html` (see `jsonStringOffsets`); absent: report at `fallback`. */
  offsets?: number[];
  fileLines: LineIndex;
  fallback: SourceLocation;
  /** The literal a `{{Variable}}` stands for, when the export fixes it. */
  resolve(name: string): string | undefined;
}

const REFERENCE = /\{\{([^{}]+)\}\}/g;
const REWRITTEN = /'\{([^{}']+)\}'/g;
const WHOLE_REFERENCE = /^\{\{?([^{}]+)\}?\}$/;

/**
 * Runs the HTML/JS detectors on a Custom HTML tag. GTM substitutes `{{Variable}}` as a JS value,
 * so a bare `{{Pixel ID}}` is not JavaScript; it is rewritten to the same-length string
 * `'{Pixel ID}'` so the code parses and every position still maps back into the export.
 */
export function scanCustomHtml(input: CustomHtmlInput): Detection[] {
  const code = input.html.replace(REFERENCE, (whole, name: string, at: number, all: string) =>
    /['"`\w]/.test(neighbour(all, at - 1, -1)) || /['"`\w]/.test(neighbour(all, at + whole.length, 1)) ? whole : `'{${name}}'`,
  );
  // Scanned one line down: an inline script that starts on line 1 after `<script>` gets evidence
  // excerpts shifted by its start column (babel offsets), which a leading newline avoids.
  const lines = new LineIndex(`\n${code}`);
  // A tag already runs inside GTM: its own dataLayer pushes are container plumbing, not a new tracker.
  const found = detectInHtml(input.file, lines).detections.filter((d) => !(d.tracker === 'google-tag-manager' && d.kind === 'event'));
  return found.map((d) => {
    const id = typeof d.details.id === 'string' ? WHOLE_REFERENCE.exec(d.details.id)?.[1] : undefined;
    const details = { ...d.details };
    if (id !== undefined) {
      details.idVariable = `{{${id}}}`;
      const value = input.resolve(id);
      if (value === undefined) delete details.id;
      else details.id = value;
    }
    return { ...d, loc: mapLocation(d.loc, lines, input), evidence: d.evidence.replace(REWRITTEN, '{{$1}}'), details };
  });
}

function mapLocation(loc: SourceLocation, lines: LineIndex, input: CustomHtmlInput): SourceLocation {
  const offsets = input.offsets;
  if (!offsets) return input.fallback;
  const at = (line: number, column: number) => offsets[Math.max(0, Math.min(lines.offset(line, column) - 1, offsets.length - 1))] ?? 0;
  return input.fileLines.span(at(loc.line, loc.column), at(loc.endLine, loc.endColumn));
}

/** The nearest non-blank character from `i` in direction `step`. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  while (i >= 0 && i < text.length && /\s/.test(text[i]!)) i += step;
  return text[i] ?? '';
}
