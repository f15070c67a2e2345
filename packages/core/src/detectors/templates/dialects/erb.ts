import type { TemplateDialect } from '../template-dialect.js';

/** Ruby ERB (Rails views): `<% %>`, `<%= %>`, `<%# %>`; partials are `_name.html.erb`. */
export const erb: TemplateDialect = {
  id: 'erb',
  extensions: ['.erb', '.rhtml'],
  markup: 'html',
  comments: [String.raw`<%#[\s\S]*?%>`],
  outputs: [String.raw`<%==?[\s\S]*?-?%>`],
  tags: [String.raw`<%-?[\s\S]*?-?%>`],
  verbatim: [],
  escapes: { '<%%': '<% ' },
  keepStrings: true,
  frontMatter: false,
  codeComments: { slash: false, hash: true },
  references: [{ kind: 'includes', pattern: /\brender\s*\(?\s*(?:partial:\s*|template:\s*)?['"](?<spec>[^'"]+)['"]/g }],
};
