import { posix } from 'node:path';
import type { TemplateDialect } from '../template-dialect.js';

/** Eleventy directory data (`report/report.json`, `report/report.11tydata.json`) of each folder above a page. */
function directoryData(path: string): Array<{ kind: 'extends'; specifier: string }> {
  if (/(?:^|\/)_/.test(path)) return [];
  const out: Array<{ kind: 'extends'; specifier: string }> = [];
  for (let dir = posix.dirname(path); dir !== '.'; dir = posix.dirname(dir)) {
    const name = posix.basename(dir);
    out.push({ kind: 'extends', specifier: `/${dir}/${name}.json` }, { kind: 'extends', specifier: `/${dir}/${name}.11tydata.json` });
  }
  return out;
}

/**
 * The `{% %}` / `{{ }}` family: Liquid (Jekyll, Shopify, Eleventy), Nunjucks, Jinja, Twig,
 * Django, Hugo and Go templates, Handlebars and Mustache. Their syntaxes do not collide, so one
 * reading serves all of them (a `.html` file is read this way when it holds such tags).
 */
export const braceTemplate: TemplateDialect = {
  id: 'brace-template',
  extensions: ['.njk', '.nunjucks', '.jinja', '.jinja2', '.j2', '.twig', '.liquid', '.hbs', '.handlebars', '.mustache', '.gotmpl', '.gohtml', '.tmpl', '.html', '.htm'],
  markup: 'html',
  comments: [
    String.raw`\{#[\s\S]*?#\}`,
    String.raw`\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}`,
    String.raw`\{%-?\s*#[\s\S]*?%\}`,
    String.raw`\{\{-?\s*/\*[\s\S]*?\*/\s*-?\}\}`,
    String.raw`\{\{!--[\s\S]*?--\}\}`,
    String.raw`\{\{![\s\S]*?\}\}`,
  ],
  // Hugo's `{{ if }}`, `{{ end }}` and `{{ partial }}` are statements, not values.
  outputs: [
    String.raw`\{\{\{[\s\S]*?\}\}\}`,
    String.raw`\{\{(?![#/>^])(?!-?\s*(?:if|else|end|range|with|define|block|template|partial|partialCached|return|break|continue)\b)[\s\S]*?\}\}`,
  ],
  tags: [String.raw`\{%[\s\S]*?%\}`, String.raw`\{\{[\s\S]*?\}\}`],
  verbatim: [
    { open: String.raw`\{%-?\s*raw\s*-?%\}`, close: String.raw`\{%-?\s*endraw\s*-?%\}` },
    { open: String.raw`\{%-?\s*verbatim\s*-?%\}`, close: String.raw`\{%-?\s*endverbatim\s*-?%\}` },
    { open: String.raw`\{\{\{\{raw\}\}\}\}`, close: String.raw`\{\{\{\{/raw\}\}\}\}` },
  ],
  escapes: {},
  keepStrings: false,
  frontMatter: true,
  codeComments: { slash: false, hash: false },
  references: [
    { kind: 'extends', pattern: /\{%-?\s*(?:extends|layout)\s+['"](?<spec>[^'"]+)['"]/g },
    { kind: 'includes', pattern: /\{%-?\s*(?:include|import|from|embed)\s+['"](?<spec>[^'"]+)['"]/g },
    { kind: 'includes', pattern: /\{%-?\s*(?:include|include_relative|render|section)\s+(?<spec>[\w./-]+\.\w+)/g },
    { kind: 'includes', pattern: /\{%-?\s*(?:render|section)\s+['"](?<spec>[^'"]+)['"]/g },
    { kind: 'includes', pattern: /\{\{-?\s*(?:partial|partialCached)\s+"(?<spec>[^"]+)"/g },
    { kind: 'includes', pattern: /\{\{-?\s*template\s+"(?<spec>[^"_][^"]*)"/g },
    { kind: 'includes', pattern: /\{\{#?>\s*(?<spec>[\w./-]+)/g },
  ],
  // Hugo ships these; the measurement id comes from the site config, not the template.
  implicit: directoryData,
  builtIns: [{ pattern: /\{\{-?\s*template\s+"_internal\/google_analytics(?:_async|_gtag)?\.html"/g, tracker: 'google-analytics', kind: 'load' }],
};
