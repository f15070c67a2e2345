import type { TemplateDialect } from '../template-dialect.js';

const ARGS = String.raw`\((?:[^()'"]|'[^']*'|"[^"]*"|\((?:[^()'"]|'[^']*'|"[^"]*")*\))*\)`;

/** Laravel Blade: `{{ }}`, `{!! !!}`, `@directive(…)` and embedded PHP. */
export const blade: TemplateDialect = {
  id: 'blade',
  extensions: ['.blade.php'],
  markup: 'html',
  comments: [String.raw`\{\{--[\s\S]*?--\}\}`],
  outputs: [String.raw`\{!![\s\S]*?!!\}`, String.raw`(?<!@)\{\{[\s\S]*?\}\}`],
  tags: [String.raw`@php\b[\s\S]*?@endphp`, String.raw`<\?(?:php\b|=)?[\s\S]*?(?:\?>|$)`, String.raw`(?<![\w@])@[A-Za-z]\w*(?:\s*${ARGS})?`],
  verbatim: [{ open: '@verbatim', close: '@endverbatim' }],
  escapes: {},
  keepStrings: true,
  frontMatter: false,
  codeComments: { slash: true, hash: true },
  references: [
    { kind: 'extends', pattern: /@extends\s*\(\s*['"](?<spec>[^'"]+)['"]/g, normalize: (s) => s.replace(/\./g, '/') },
    {
      kind: 'includes',
      pattern: /@(?:include|includeIf|includeWhen|includeFirst|each|component)\s*\(\s*(?:[^'"()]*,\s*)?\[?\s*['"](?<spec>[^'"]+)['"]/g,
      normalize: (s) => s.replace(/\./g, '/'),
    },
  ],
};
