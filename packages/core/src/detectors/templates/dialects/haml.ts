import type { TemplateDialect } from '../template-dialect.js';

/** HAML is not HTML: its masked text is token-scanned, with `-#` comments and Ruby code lines blanked. */
export const haml: TemplateDialect = {
  id: 'haml',
  extensions: ['.haml'],
  markup: 'haml',
  // A `-#` or `/` comment runs on over every more-indented line below it.
  comments: [
    String.raw`(?<=^|\n)(?<hamlIndent>[ \t]*)-#[^\n]*(?:\n(?:\k<hamlIndent>[ \t]+[^\n]*|[ \t]*(?=\n)))*`,
    String.raw`(?<=^|\n)(?<htmlIndent>[ \t]*)/(?![\[/])[^\n]*(?:\n(?:\k<htmlIndent>[ \t]+[^\n]*|[ \t]*(?=\n)))*`,
  ],
  outputs: [String.raw`#\{[^}\n]*\}`],
  tags: [String.raw`(?<=^|\n)[ \t]*[-=~][^\n]*`, String.raw`(?<=^|\n)[ \t]*!=[^\n]*`],
  verbatim: [],
  escapes: {},
  keepStrings: true,
  frontMatter: false,
  codeComments: { slash: false, hash: true },
  references: [{ kind: 'includes', pattern: /\brender\s*\(?\s*(?:partial:\s*|template:\s*)?['"](?<spec>[^'"]+)['"]/g }],
};
