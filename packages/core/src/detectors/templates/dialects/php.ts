import type { TemplateDialect } from '../template-dialect.js';

const PHP_BLOCK = String.raw`<\?(?:php\b|=)?[\s\S]*?(?:\?>|$)`;

/** PHP templates and WordPress themes: snippets are often echoed from PHP strings. */
export const php: TemplateDialect = {
  id: 'php',
  extensions: ['.php', '.phtml'],
  markup: 'html',
  comments: [],
  outputs: [],
  tags: [PHP_BLOCK],
  verbatim: [],
  escapes: {},
  keepStrings: true,
  frontMatter: false,
  codeComments: { slash: true, hash: true },
  references: [
    {
      kind: 'includes',
      pattern:
        /\b(?:include|include_once|require|require_once)\s*\(?\s*(?:(?:__DIR__|dirname\(\s*__FILE__\s*\)|get_template_directory\(\)|get_stylesheet_directory\(\))\s*\.\s*)?['"]\/?(?<spec>[^'"]+\.php)['"]/g,
    },
    {
      kind: 'includes',
      pattern: /\bget_(?<spec>header|footer|sidebar)\s*\(\s*(?:['"](?<part>[^'"]+)['"])?/g,
      normalize: (spec, part) => (part ? `${spec}-${part}.php` : `${spec}.php`),
    },
    {
      kind: 'includes',
      pattern: /\bget_template_part\s*\(\s*['"](?<spec>[^'"]+)['"](?:\s*,\s*['"](?<part>[^'"]+)['"])?/g,
      normalize: (spec, part) => (part ? `${spec}-${part}.php` : `${spec}.php`),
    },
  ],
};
