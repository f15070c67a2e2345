import { describe, expect, it } from 'vitest';
import type { JsDialect } from '../../src/parse/js.js';
import { parseJs } from '../../src/parse/js.js';
import { scanImports } from '../../src/reach/module-graph/import-scanner/scan-imports.js';
import { moduleReferences } from '../../src/reach/module-graph/module-references.js';
import { LineIndex } from '../../src/source/line-index.js';

function refs(code: string, dialect: JsDialect = 'tsx', parsed = false) {
  const lines = new LineIndex(code);
  const program = parsed ? parseJs(code, { dialect }).program : undefined;
  return moduleReferences({ lines, start: 0, end: code.length, dialect, ...(program ? { program } : {}) }).map((r) => [r.specifier, r.line, r.column, r.route?.pattern]);
}

describe('module references', () => {
  const mixed = [
    "import type { Metadata } from 'next';",
    "import Pixel from '@/components/pixel';",
    "import { type Props, helper } from './helper';",
    "import './globals.css';",
    "export * from './barrel';",
    "export { track } from '../lib/track.js';",
    "const lazy = () => import('./lazy');",
    'export default function Layout() { return <Pixel />; }',
  ].join('\n');
  const expected = [
    ['@/components/pixel', 2, 1, undefined],
    ['./helper', 3, 1, undefined],
    ['./globals.css', 4, 1, undefined],
    ['./barrel', 5, 1, undefined],
    ['../lib/track.js', 6, 1, undefined],
    ['./lazy', 7, 20, undefined],
  ];

  it('lexes static, side-effect, re-export and dynamic imports and skips type-only ones', () => {
    expect(refs(mixed)).toEqual(expected);
  });

  it('reads the same from a parsed program', () => {
    expect(refs(mixed, 'tsx', true)).toEqual(expected);
  });

  it('reads JSX text with quotes without a parse', () => {
    const code = "import Banner from './banner';\nexport const A = () => <p>Don't miss it <Banner /></p>;\n";
    expect(scanImports(code, 'jsx')).toBeDefined();
    expect(refs(code, 'jsx')).toEqual([['./banner', 1, 1, undefined]]);
  });

  it('parses what the scanner cannot read with certainty', () => {
    const code = "import Banner from './banner';\nlet types: typeof import('./types');\nexport const A = () => <Banner />;\n";
    expect(scanImports(code, 'tsx')).toBeUndefined();
    expect(refs(code, 'tsx')).toEqual([['./banner', 1, 1, undefined]]);
  });

  it('reads CommonJS require calls', () => {
    const code = "const pixel = require('./pixel');\nmodule.exports = { plugins: [require('gatsby-plugin-x')] };\n";
    expect(refs(code, 'js')).toEqual([
      ['./pixel', 1, 15, undefined],
      ['gatsby-plugin-x', 2, 30, undefined],
    ]);
  });

  it('drops an imported component the file never renders', () => {
    const code = "import FacebookPixel from '@/components/pixel';\nimport { useState } from 'react';\nexport default function Layout() { return <main />; }\n";
    expect(refs(code)).toEqual([['react', 2, 1, undefined]]);
  });

  it('keeps a component rendered under its kebab-case name in a template', () => {
    const text = "<script setup>\nimport PixelTracker from './PixelTracker.vue';\n</script>\n<template><pixel-tracker /></template>\n";
    const lines = new LineIndex(text);
    const span = { lines, start: text.indexOf('import'), end: text.indexOf('</script>'), dialect: 'js' as const };
    expect(moduleReferences(span).map((r) => [r.specifier, r.line, r.column])).toEqual([['./PixelTracker.vue', 2, 1]]);
  });

  it('keeps unused lower-case imports: calling them cannot be ruled out cheaply', () => {
    expect(refs("import { init } from './pixel';\n")).toEqual([['./pixel', 1, 1, undefined]]);
  });

  it('positions references inside a block of a larger file', () => {
    const text = "<h1>Hi</h1>\n<script lang=\"ts\">\n  import Pixel from '$lib/Pixel.svelte';\n</script>\n<Pixel />\n";
    const lines = new LineIndex(text);
    const start = text.indexOf('\n  import') + 1;
    const end = text.indexOf('</script>');
    expect(moduleReferences({ lines, start, end, dialect: 'ts' }).map((r) => [r.specifier, r.line, r.column])).toEqual([['$lib/Pixel.svelte', 3, 3]]);
  });
});
