import { extensionOf } from '../../files/file-kind.js';
import type { JsDialect } from '../../parse/js.js';

/** JS inside a component file: a `<script>` block's body or Astro frontmatter. */
export interface ScriptBlock {
  /** Offsets of the code in the file. */
  start: number;
  end: number;
  dialect: JsDialect;
}

const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const FRONTMATTER = /^(\s*---[^\S\r\n]*\r?\n)([\s\S]*?)\r?\n---/;
const CODE_TYPES = /^(?:|module|text\/javascript|application\/javascript|text\/typescript|text\/partytown)$/i;

function dialectOf(attrs: string, fallback: JsDialect): JsDialect {
  const lang = /\blang\s*=\s*["']?(\w+)/i.exec(attrs)?.[1]?.toLowerCase();
  return lang === 'ts' || lang === 'typescript' ? 'ts' : lang === 'tsx' ? 'tsx' : lang === 'jsx' ? 'jsx' : fallback;
}

/**
 * The script blocks of a `.vue`, `.svelte` or `.astro` file (Astro frontmatter included).
 * Data blocks (`type="application/ld+json"`) and blocks inside HTML comments are not code.
 */
export function scriptBlocks(path: string, text: string): ScriptBlock[] {
  const astro = extensionOf(path) === 'astro';
  const blocks: ScriptBlock[] = [];
  const front = astro ? FRONTMATTER.exec(text) : null;
  if (front) blocks.push({ start: front[1]!.length, end: front[1]!.length + front[2]!.length, dialect: 'ts' });
  const comments = [...text.matchAll(COMMENT)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of text.matchAll(SCRIPT)) {
    if (front && m.index < front[0].length) continue;
    if (comments.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const attrs = m[1]!;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (!CODE_TYPES.test(type) || m[2]!.trim() === '') continue;
    const start = m.index + m[0].indexOf('>') + 1;
    blocks.push({ start, end: start + m[2]!.length, dialect: dialectOf(attrs, astro ? 'ts' : 'js') });
  }
  return blocks;
}
