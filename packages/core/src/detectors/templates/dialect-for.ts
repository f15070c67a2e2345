import { templateDialects } from './dialects/index.js';
import type { TemplateDialect } from './template-dialect.js';

const TEMPLATE_SYNTAX = /\{%|\{\{|^---[ \t]*\r?\n/;

/**
 * The dialect for a file: the longest matching extension wins (`.blade.php` over `.php`).
 * `.html` is a template only when it holds template syntax, `.md` only with front matter, so a
 * built page and a README keep their plain readings.
 */
export function dialectFor(path: string, text: string): TemplateDialect | undefined {
  const name = path.toLowerCase();
  let best: { d: TemplateDialect; len: number } | undefined;
  for (const d of templateDialects) {
    for (const ext of d.extensions) if (name.endsWith(ext) && (!best || ext.length > best.len)) best = { d, len: ext.length };
  }
  if (!best) return undefined;
  if ((best.d.id === 'brace-template' && /\.html?$/.test(name)) || best.d.id === 'markdown-page') {
    const sniff = best.d.id === 'markdown-page' ? /^---[ \t]*\r?\n/ : TEMPLATE_SYNTAX;
    if (!sniff.test(text)) return undefined;
  }
  return best.d;
}
