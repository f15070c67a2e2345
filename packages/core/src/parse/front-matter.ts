const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/;

export interface FrontMatter {
  /** Length of the whole block including both `---` lines. */
  length: number;
  /** Top-level scalar keys (`layout`, `permalink`, `title`), unquoted; offsets point at each value. */
  fields: Map<string, { value: string; offset: number }>;
}

/**
 * Reads the YAML front matter of a Jekyll, Eleventy or Hugo page. Only top-level scalars are
 * needed (layout, permalink, title), so this reads `key: value` lines rather than all of YAML.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const fields = new Map<string, { value: string; offset: number }>();
  const bodyStart = m[0].indexOf('\n') + 1;
  for (const line of (m[1] ?? '').matchAll(/^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/gm)) {
    const raw = line[2] ?? '';
    const value = raw.replace(/^(['"])(.*)\1$/, '$2');
    const offset = bodyStart + line.index + line[0].indexOf(raw, (line[1] ?? '').length);
    fields.set(line[1]!, { value, offset });
  }
  return { length: m[0].length, fields };
}
