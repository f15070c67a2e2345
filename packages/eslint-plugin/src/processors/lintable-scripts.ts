import { inlineScripts, type InlineScript, type LineIndex } from '@pixel-patrol/core';

// Template tags inside a script are not JavaScript; the CLI's template front ends read those.
const TEMPLATE_SYNTAX = /\{\{|\{%|\{#|<%|<\?/;

/** The inline scripts of a page that ESLint can parse as JavaScript, in document order. */
export function lintableScripts(lines: LineIndex): InlineScript[] {
  return inlineScripts(lines).filter((b) => !TEMPLATE_SYNTAX.test(b.text));
}
