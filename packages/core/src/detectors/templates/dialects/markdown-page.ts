import type { TemplateDialect } from '../template-dialect.js';
import { braceTemplate } from './brace-template.js';

/**
 * A Markdown page with front matter (Jekyll, Eleventy, Hugo content): raw HTML in it is
 * rendered, code fences are examples and never run.
 */
export const markdownPage: TemplateDialect = {
  ...braceTemplate,
  id: 'markdown-page',
  extensions: ['.md', '.markdown'],
  comments: [String.raw`(?<=^|\n)[ \t]*\x60{3,}[\s\S]*?\n[ \t]*\x60{3,}`, String.raw`(?<=^|\n)[ \t]*~{3,}[\s\S]*?\n[ \t]*~{3,}`, ...braceTemplate.comments],
};
