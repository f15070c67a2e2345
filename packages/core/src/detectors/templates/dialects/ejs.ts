import type { TemplateDialect } from '../template-dialect.js';

/** EJS: `<% %>`, `<%= %>`, `<%- %>`, `<%# %>`; code inside is JavaScript. */
export const ejs: TemplateDialect = {
  id: 'ejs',
  extensions: ['.ejs'],
  markup: 'html',
  comments: [String.raw`<%#[\s\S]*?%>`],
  outputs: [String.raw`<%[=-][\s\S]*?[-_]?%>`],
  tags: [String.raw`<%_?[\s\S]*?[-_]?%>`],
  verbatim: [],
  escapes: { '<%%': '<% ' },
  keepStrings: true,
  frontMatter: false,
  codeComments: { slash: true, hash: false },
  references: [
    { kind: 'includes', pattern: /\binclude\s*\(\s*['"](?<spec>[^'"]+)['"]/g },
    { kind: 'includes', pattern: /<%[-=]?\s*include\s+(?<spec>[\w./-]+)\s*%>/g },
  ],
};
