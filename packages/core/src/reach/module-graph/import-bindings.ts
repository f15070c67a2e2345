/** Local names an `import … from` clause binds (`import A, { b as c, type D } from`), type-only names left out. */
export function importBindings(statement: string): string[] {
  const m = /^import\s+(?:type\s+)?([\s\S]*?)\s*from\s*['"]/.exec(statement);
  if (!m) return [];
  const clause = m[1]!;
  const names: string[] = [];
  const lead = /^([\w$]+)\s*(?:,|$)/.exec(clause);
  if (lead && lead[1] !== 'type') names.push(lead[1]!);
  const ns = /\*\s*as\s+([\w$]+)/.exec(clause);
  if (ns) names.push(ns[1]!);
  const braces = /\{([\s\S]*)\}/.exec(clause);
  for (const part of braces ? braces[1]!.split(',') : []) {
    const spec = part.trim();
    if (spec === '' || /^type\s/.test(spec)) continue;
    const alias = /\sas\s+([\w$]+)$/.exec(spec);
    names.push(alias ? alias[1]! : spec);
  }
  return names;
}
