import { describe, expect, it } from 'vitest';
import { parseJs, type JsDialect } from '../../src/parse/js.js';
import { fromProgram } from '../../src/reach/module-graph/from-program.js';
import { scanImports } from '../../src/reach/module-graph/import-scanner/scan-imports.js';

type Case = [name: string, dialect: JsDialect, code: string, expected: 'bail' | string[]];

/** What the scanner must say; where it answers, the parser must say the same, offsets and bindings included. */
const CASES: Case[] = [
  ['JSX text with quotes and slashes', 'jsx', `const A = () => <p>Don't "miss" it / 50% off </p>;\nimport('./after');`, ['./after']],
  ['JSX text that looks like a closing tag or a comment', 'tsx', `import B from './b';\nexport const A = () => <div>a // b /* c <i>it's</i> d</div>;\nrequire('./c');`, ['./b', './c']],
  ['JSX attributes with slashes, quotes and expressions', 'jsx', `const a = <a href="https://x.org/'" title='"//"' onClick={() => a < b} {...rest}>x</a>;\nrequire('./d');`, ['./d']],
  ['JSX fragments, comments and nested elements in attributes', 'jsx', `const f = <>{/* import('no') */}<X render={() => <y-z a:b="c" />} /></>;\nimport('./e');`, ['./e']],
  // es-module-lexer read `'t</p>; … <p>it'` as a string here and silently returned no import at all.
  ['an import between two JSX texts with apostrophes', 'jsx', `const a = <p>Don't</p>; const b = import('./x'); const c = <p>it's ok</p>;`, ['./x']],
  ['JSX text holding > is left to the parser', 'jsx', `const a = <p>a -> b</p>;`, 'bail'],
  ['JSX with a mismatched closing tag is left to the parser', 'jsx', `const a = <p>x</q>;`, 'bail'],
  ['regex literals holding quotes and slashes', 'js', `const r = /['"]\\/import\\('x'\\)[/]/g;\nrequire('./f');\nconst s = x.replace(/"/g, "'");`, ['./f']],
  ['division after ), identifiers and ]', 'js', `x = (a) / 2; require('./g'); y = b / 3 / c; z = d[0] / 4; require('./h'); w = e / 5;`, ['./g', './h']],
  ['a regex after the ) of if and while', 'js', `if (a) /x'/.test(b); require('./i');`, ['./i']],
  ['a slash after } is left to the parser', 'js', `function f() {}\n/x/.test(y);`, 'bail'],
  ['a slash after a postfix ++ is left to the parser', 'js', `a++ / 2;`, 'bail'],
  ['templates with nested templates and braces in strings', 'js', "const t = `a ${`b ${require('./j')} ${'}'}`} c`;\nconst u = `${{ a: 1 }.a}`;\nimport(`./k`);", ['./j', './k']],
  ['import( and require( in comments and strings are not imports', 'ts', `// import('a')\n/* require('b') */\nconst s = "import('c')" + 'require("d")' + \`import x from 'e'\`;`, []],
  ['member calls named require or import are not imports', 'js', `obj.require('a'); obj?.require('b'); obj.import('c'); const o = { import: 1, require: 2 };`, []],
  ['new require is no call', 'js', `const m = new require('a');`, []],
  ['non-literal specifiers are skipped as the parser skips them', 'js', "require('a' + b); import(`./${c}`); require(d); import('e'.trim());", []],
  ['require?.() is left to the parser', 'js', `require?.('a');`, 'bail'],
  ['a TSX generic arrow', 'tsx', `const id = <T,>(x: T) => x;\nimport('./l');`, ['./l']],
  ['a TSX generic arrow with extends is left to the parser', 'tsx', `const id = <T extends object>(x: T) => x;`, 'bail'],
  ['comparisons are not JSX', 'tsx', `if (a < b && c > d) require('./m');\nconst e = f<g>(h);`, ['./m']],
  ['TS type assertions and generic calls', 'ts', `const v = <any>require('./n');\nconst w = useState<Map<string, RegExp>>(new Map());\nconst x = <T>(y: T): T => y;`, ['./n']],
  ['re-exports', 'ts', `export * from './o';\nexport * as ns from './p';\nexport { a as default, b } from './q';\nexport { c };\nexport type { D } from './r';\nexport type * from './s';\nexport { type E } from './t';`, ['./o', './p', './q', './t']],
  ['default, namespace and named bindings', 'tsx', `import x, * as y from './u';\nimport z, { a as b, "c-d" as e, type F } from './v';\nimport {} from './w';\nimport { type G } from './x';\nimport type H from './y';`, ['./u', './v', './w']],
  ['import attributes belong to the statement', 'js', `import data from './z.json' with { type: 'json' };\nexport { default as d } from './a.json' with { type: 'json' }\n;`, ['./z.json', './a.json']],
  ['import defer is left to the parser', 'js', `import defer * as ns from './b';`, 'bail'],
  ['import source is left to the parser', 'js', `import source wasm from './c.wasm';`, 'bail'],
  ['import assertions are left to the parser', 'js', `import data from './d.json' assert { type: 'json' };`, 'bail'],
  ['an HTML-like opening comment is left to the parser', 'js', `x = 1; <!-- require('e')\nrequire('f');`, 'bail'],
  ['an HTML-like closing comment is left to the parser', 'js', `x = 1;\n--> require('e')\nrequire('f');`, 'bail'],
  ['x-- > 0 is a comparison', 'js', `while (x-- > 0) require('./g');`, ['./g']],
  ['TS import-equals and import types', 'ts', `import a = require('./h');\nimport type b = require('./i');\nimport c = d.e;\ntype T = import('./j').K;\nexport type U = import('./k').L;`, ['./h', './i']],
  ['typeof import() is left to the parser', 'ts', `let m: typeof import('./l');`, 'bail'],
  ['dynamic imports in TS value positions', 'tsx', `const A = lazy(() => import('./m'));\nconst B = dynamic(async () => import('./n'), { ssr: false });\nasync function f() { return await import('./o'); }\nconst routes = [{ path: '/', component: () => import('./p') }];`, ['./m', './n', './o', './p']],
  ['an import type in a type annotation is left to the parser', 'ts', `function f(x: () => import('./q').R) {}`, 'bail'],
  ['import.meta is no import', 'js', `const u = new URL('./r', import.meta.url);`, []],
  ['a hashbang and CRLF line endings', 'js', `#!/usr/bin/env node\r\nconst a = require('./s');\r\nimport('./t');\r\n`, ['./s', './t']],
  ['escaped specifiers are left to the parser', 'js', `require('./\\u0061');`, 'bail'],
  ['an unterminated string is left to the parser', 'js', `require('./a);\n`, 'bail'],
  ['an unterminated template is left to the parser', 'js', 'const a = `x ${y}', 'bail'],
  ['unbalanced brackets are left to the parser', 'js', `function f() { require('./a');`, 'bail'],
  ['class members and decorators', 'ts', `@Component({ template: require('./u.html') })\nclass A { #p = 1; static s = require('./v'); m() { return this.#p / 2; } }`, ['./u.html', './v']],
];

describe('import scanner, case by case', () => {
  it.each(CASES)('%s (%s)', (_name, dialect, code, expected) => {
    const scanned = scanImports(code, dialect);
    if (expected === 'bail') {
      expect(scanned).toBeUndefined();
      return;
    }
    expect(scanned?.map((r) => r.specifier)).toEqual(expected);
    expect(scanned).toEqual(fromProgram(parseJs(code, { dialect }).program, 0));
  });

  it('gives the bindings and offsets of the statement', () => {
    const code = "import x, * as y from './a';\nexport { b } from './c' with { type: 'json' } ;\nconst z = require('./d');";
    expect(scanImports(code, 'js')).toEqual([
      { specifier: './a', start: 0, end: 28, bindings: ['x', 'y'] },
      { specifier: './c', start: 29, end: 76 },
      { specifier: './d', start: 87, end: 101 },
    ]);
  });

  it('shifts offsets by the base of a script block', () => {
    expect(scanImports("import './a';", 'ts', 40)).toEqual([{ specifier: './a', start: 40, end: 53 }]);
  });
});
