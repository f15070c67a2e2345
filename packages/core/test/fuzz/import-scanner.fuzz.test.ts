import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJs, type JsDialect } from '../../src/parse/js.js';
import { fromProgram } from '../../src/reach/module-graph/from-program.js';
import { scanImports } from '../../src/reach/module-graph/import-scanner/scan-imports.js';
import { FUZZ, jsish, junk } from './arbitraries.js';

const HANG_BOUND = 120_000;
const DIALECTS: JsDialect[] = ['js', 'jsx', 'ts', 'tsx'];

const NAME = fc.constantFrom('a', 'b', 'value', '$el', '_x', 'π');
const SPEC = fc.constantFrom('./a', '../lib/b.js', '@/c', 'd-pkg', './e.json', 'node:fs');
/** A specifier as a declaration spells it, and as a call may (a template without substitutions). */
const QUOTED = SPEC.chain((s) => fc.constantFrom(`'${s}'`, `"${s}"`));
const ARG = SPEC.chain((s) => fc.constantFrom(`'${s}'`, `"${s}"`, `\`${s}\``));
const SAFE_TEXT = fc.string({ maxLength: 16 }).map((s) => s.replace(/[<>{}\r\\]/g, ' '));
const STRING = fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s));

/** Statements every dialect reads, each leaning on one thing the scanner must tell apart. */
const COMMON = fc.oneof(
  fc.tuple(NAME, ARG).map(([n, s]) => `const ${n}1 = require(${s});`),
  ARG.map((s) => `const lazy = () => import(${s});`),
  ARG.map((s) => `async function load() { return await import(${s}); }`),
  fc.tuple(NAME, NAME).map(([a, b]) => `x = ${a} / ${b} / 2; y = (${a} + ${b}) / 2; z = [${a}][0] / 3;`),
  fc.tuple(SAFE_TEXT, NAME).map(([t, n]) => `if (/['"\\/]${t.replace(/[/\\[\]()*+?.^$|\n\u2028\u2029]/g, '')}x/.test(${n})) go();`),
  ARG.map((s) => `const t = \`a \${b} \${\`c \${require(${s})}\`} \${'}'}\`;`),
  STRING.map((s) => `s = ${s} + "require('no')" + 'import("no")';`),
  SAFE_TEXT.map((t) => `// import('${t.replace(/[\n\r\u2028\u2029]/g, '')}')`),
  SAFE_TEXT.map((t) => `/* require('${t.replace(/\*\//g, '')}') */`),
  fc.constant(`obj.require('no'); obj?.import; const o = { import: 1, require: 2 };`),
  fc.constant(`while (i-- > 0) { i++; }`),
);

const JSX = fc.oneof(
  fc.tuple(SAFE_TEXT, SAFE_TEXT).map(([t, u]) => `const el = <div className="a'b" data-x={y / 2}>${t} <b>${u}</b> {c ? <i>don't</i> : null} a/b "q"</div>;`),
  ARG.map((s) => `const f = <><Btn onClick={() => import(${s})} label='//x' />{/* require('no') */}</>;`),
  SAFE_TEXT.map((t) => `export default function Page() { return <main><h1>${t}</h1>{list.map((x) => <li key={x}>{x}</li>)}</main>; }`),
);

const TS_ONLY = fc.oneof(
  fc.constant('function id<T>(x: T): T { return x; }'),
  QUOTED.map((s) => `type A = import(${s}).B;`),
  fc.constant('interface I { a: string; b?: Map<string, RegExp> }'),
  fc.constant('const m = new Map<string, Array<number>>();'),
  fc.tuple(NAME, QUOTED).map(([n, s]) => `import ${n}2 = require(${s});`),
);

const IMPORT = fc.oneof(
  fc.tuple(NAME, QUOTED).map(([n, s]) => `import ${n.toUpperCase()} from ${s};`),
  fc.tuple(NAME, NAME, QUOTED).map(([a, b, s]) => `import { ${a}, ${b} as ${b}3 } from ${s}`),
  fc.tuple(NAME, QUOTED).map(([n, s]) => `import * as ns${n} from ${s};`),
  QUOTED.map((s) => `import ${s};`),
  QUOTED.map((s) => `export * from ${s};`),
  fc.tuple(NAME, QUOTED).map(([n, s]) => `export { ${n} as default } from ${s};`),
  fc.tuple(NAME, SPEC).map(([n, s]) => `import ${n}4 from '${s}' with { type: 'json' };`),
);

const TS_IMPORT = fc.oneof(
  QUOTED.map((s) => `import type { T } from ${s};`),
  fc.tuple(NAME, QUOTED).map(([n, s]) => `import { type U, ${n}5 } from ${s};`),
  QUOTED.map((s) => `export type { V } from ${s};`),
);

/** A whole script in one dialect: imports and statements in any order, with the dialect's own syntax. */
const PROGRAM = fc.constantFrom(...DIALECTS).chain((dialect) => {
  const ts = dialect === 'ts' || dialect === 'tsx';
  const parts = [IMPORT, COMMON, ...(dialect !== 'ts' ? [JSX] : []), ...(ts ? [TS_ONLY, TS_IMPORT] : [])];
  return fc
    .array(fc.tuple(fc.oneof(...parts), fc.constantFrom('\n', '\r\n', '\n  ')), { maxLength: 14 })
    .map((lines) => ({ dialect, code: lines.map(([s, nl]) => s + nl).join('') }));
});

describe('fuzz: the import scanner reads what the parser reads', () => {
  it('on valid scripts around JSX, regexes, templates and TS types it never bails and agrees', () => {
    fc.assert(
      fc.property(PROGRAM, ({ dialect, code }) => {
        const parsed = parseJs(code, { dialect });
        // Random statements may repeat; redeclaring or re-exporting a name is a scope error that leaves the tree whole.
        expect(parsed.errors.filter((e) => !/already been (?:declared|exported)|one default export/.test(e.message))).toEqual([]);
        expect(scanImports(code, dialect)).toEqual(fromProgram(parsed.program, 0));
      }),
      FUZZ,
    );
  }, HANG_BOUND);

  it('on broken text it bails or agrees wherever the parser reports no error', () => {
    fc.assert(
      fc.property(fc.oneof(jsish, junk), fc.constantFrom(...DIALECTS), (code, dialect) => {
        const scanned = scanImports(code, dialect);
        const parsed = parseJs(code, { dialect });
        if (scanned !== undefined && parsed.errors.length === 0) expect(scanned).toEqual(fromProgram(parsed.program, 0));
      }),
      FUZZ,
    );
  }, HANG_BOUND);
});
