import type { TemplateDialect } from '../template-dialect.js';

/** HAML is not HTML: its masked text is token-scanned, with `-#` comments and Ruby code lines blanked. */
export const haml: TemplateDialect = {
  id: 'haml',
  extensions: ['.haml'],
  markup: 'haml',
  comments: [String.raw`(?<=^|\n)[ \t]*-#[^\n]*`],
  outputs: [String.raw`#\{[^}\n]*\}`],
  tags: [String.raw`(?<=^|\n)[ \t]*[-=~][^\n]*`, String.raw`(?<=^|\n)[ \t]*!=[^\n]*`],
  verbatim: [],
  escapes: {},
  keepStrings: true,
  frontMatter: false,
  codeComments: { slash: false, hash: true },
  references: [{ kind: 'includes', pattern: /\brender\s*\(?\s*(?:partial:\s*|template:\s*)?['"](?<spec>[^'"]+)['"]/g }],
};
