import { readFrontMatter } from '../../parse/front-matter.js';
import type { LineIndex } from '../../source/line-index.js';
import type { Reference } from '../front-end.js';
import type { TemplateDialect } from './template-dialect.js';

/**
 * The include graph as written in one template: `{% include %}`, `@extends`, `get_header()`,
 * a front matter `layout:`, and what the framework implies. References inside comments do
 * not count. Edges go from this file to the partial or layout it uses.
 */
export function templateReferences(path: string, lines: LineIndex, d: TemplateDialect, comments: ReadonlyArray<[number, number]>): Reference[] {
  const text = lines.text;
  const refs: Reference[] = [];
  const inComment = (at: number) => comments.some(([s, e]) => at >= s && at < e);
  const add = (kind: Reference['kind'], specifier: string, at: number) => {
    const { line, column } = lines.position(at);
    if (!refs.some((r) => r.line === line && r.column === column && r.specifier === specifier)) refs.push({ kind, specifier, line, column });
  };
  const frontMatter = d.frontMatter ? readFrontMatter(text) : undefined;
  if (frontMatter) {
    const layout = frontMatter.fields.get('layout');
    if (layout && layout.value !== '' && layout.value !== 'none' && layout.value !== 'null') add('extends', layout.value, layout.offset);
    else if (!layout && !/(?:^|\/)_/.test(path)) add('extends', '/_config.yml', 0); // Jekyll `defaults` may set it
  }
  for (const p of d.references) {
    for (const m of text.matchAll(p.pattern)) {
      const spec = m.groups?.spec;
      if (spec === undefined || inComment(m.index)) continue;
      add(p.kind, p.normalize ? p.normalize(spec, m.groups?.part) : spec, m.index);
    }
  }
  for (const r of d.implicit?.(path) ?? []) refs.push({ kind: r.kind, specifier: r.specifier, line: 1, column: 1 });
  return refs.sort((a, b) => a.line - b.line || a.column - b.column);
}
