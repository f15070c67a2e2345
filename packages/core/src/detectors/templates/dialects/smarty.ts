import type { TemplateDialect } from '../template-dialect.js';

/** Smarty (`.tpl`): `{$var}`, `{tag}`, `{* *}`; JS braces need `{literal}` or `{ldelim}`. */
export const smarty: TemplateDialect = {
  id: 'smarty',
  extensions: ['.tpl'],
  markup: 'html',
  comments: [String.raw`\{\*[\s\S]*?\*\}`],
  outputs: [String.raw`\{\$[^}\n]*\}`],
  tags: [String.raw`\{(?![\s}])(?:[^{}\n"']|"[^"\n]*"|'[^'\n]*')*\}`],
  verbatim: [{ open: String.raw`\{literal\}`, close: String.raw`\{/literal\}` }],
  escapes: { '{ldelim}': '{', '{rdelim}': '}' },
  keepStrings: false,
  frontMatter: false,
  codeComments: { slash: false, hash: false },
  references: [
    { kind: 'extends', pattern: /\{extends\s+(?:file\s*=\s*)?["'](?<spec>[^"']+)["']/g },
    { kind: 'includes', pattern: /\{include\s+(?:file\s*=\s*)?["'](?<spec>[^"']+)["']/g },
  ],
};
