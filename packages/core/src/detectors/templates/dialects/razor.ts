import type { TemplateDialect } from '../template-dialect.js';

const PARENS = String.raw`\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)`;
const BRACES = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;

/** ASP.NET Razor (`.cshtml`): `@expr`, `@( )`, `@{ }`, `@* *@`; `_ViewStart` applies to every view below it. */
export const razor: TemplateDialect = {
  id: 'razor',
  extensions: ['.cshtml', '.vbhtml'],
  markup: 'html',
  comments: [String.raw`@\*[\s\S]*?\*@`],
  outputs: [String.raw`(?<![\w@])@${PARENS}`, String.raw`(?<![\w@])@(?:await\s+)?(?!(?:if|else|foreach|for|while|switch|using|section|functions|try|catch|finally|lock|do|model|inject|page|addTagHelper|namespace|inherits|layout|implements)\b)[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|${PARENS}|\[[^\]\n]*\])*`],
  tags: [
    String.raw`@${BRACES}`,
    String.raw`(?<=^|\n)[ \t]*@(?:model|using|inject|page|addTagHelper|namespace|inherits|layout|implements)\b[^\n]*`,
    String.raw`(?<![\w@])@(?:if|else|foreach|for|while|switch|using|section|functions|try|catch|finally|lock|do)\b[^{\n]*`,
  ],
  verbatim: [],
  escapes: { '@@': '@ ' },
  keepStrings: true,
  frontMatter: false,
  codeComments: { slash: true, hash: false },
  references: [
    { kind: 'extends', pattern: /\bLayout\s*=\s*"(?<spec>[^"]+)"/g },
    { kind: 'includes', pattern: /<partial\s+name\s*=\s*["'](?<spec>[^"']+)["']/g },
    { kind: 'includes', pattern: /\b(?:Html\.)?(?:Render)?Partial(?:Async)?\s*\(\s*"(?<spec>[^"]+)"/g },
  ],
  implicit: (path) => (/(^|\/)_[^/]*$/.test(path) ? [] : [{ kind: 'extends', specifier: '_ViewStart.cshtml' }]),
};
