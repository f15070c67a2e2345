import { templateDialects } from './dialects/index.js';
import type { TemplateDialect } from './template-dialect.js';

const FRONT_MATTER = /^---[ \t]*\r?\n/;
const TEMPLATE_SYNTAX = /\{%|\{\{/;
const SCRIPT_BODY = /(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi;
const TEMPLATE_DIR = /(?:^|\/)(?:_includes|_layouts|layouts|_partials|partials|templates|views|includes|snippets|sections)\//;

/**
 * The dialect for a file: the longest matching extension wins (`.blade.php` over `.php`).
 * `.html` is a template when it has front matter, or template tags in a template folder or
 * outside its scripts (minified JS in a built page is full of `{{`); `.md` only with front
 * matter. A built page and a README keep their plain readings.
 */
export function dialectFor(path: string, text: string): TemplateDialect | undefined {
  const name = path.toLowerCase();
  let best: { d: TemplateDialect; len: number } | undefined;
  for (const d of templateDialects) {
    for (const ext of d.extensions) if (name.endsWith(ext) && (!best || ext.length > best.len)) best = { d, len: ext.length };
  }
  if (!best) return undefined;
  if (best.d.id === 'markdown-page') return FRONT_MATTER.test(text) ? best.d : undefined;
  if (best.d.id === 'brace-template' && /\.html?$/.test(name)) {
    const templated =
      FRONT_MATTER.test(text) || (TEMPLATE_SYNTAX.test(text) && (TEMPLATE_DIR.test(name) || TEMPLATE_SYNTAX.test(text.replace(SCRIPT_BODY, '$1$2'))));
    return templated ? best.d : undefined;
  }
  return best.d;
}
