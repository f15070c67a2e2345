const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * For a JSON string literal as written in a file (quotes included, starting at `fileOffset`),
 * the file offset of every UTF-16 unit of the decoded string, plus one past the end. Lets code
 * found inside a Custom HTML parameter be reported at its place in the export.
 */
export function jsonStringOffsets(raw: string, fileOffset: number): number[] {
  const out: number[] = [];
  let i = 1;
  const end = raw.endsWith('"') && raw.length > 1 ? raw.length - 1 : raw.length;
  while (i < end) {
    if (raw[i] === '\\') {
      const next = raw[i + 1] ?? '';
      out.push(fileOffset + i);
      i += next === 'u' ? 6 : SIMPLE_ESCAPES.has(next) ? 2 : 1;
    } else {
      out.push(fileOffset + i);
      i += 1;
    }
  }
  out.push(fileOffset + end);
  return out;
}
