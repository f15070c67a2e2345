import type { JsDialect } from '../parse/js.js';

/**
 * `template` is page source in a language no front end reads yet (PHP, ERB, Vue…): it runs on
 * pages, so it is token-scanned rather than left unread. `text` is everything else that is not
 * known to be binary (styles, docs, config, data).
 */
export type FileKind = 'html' | 'script' | 'template' | 'json' | 'text' | 'binary';

const SCRIPT: Record<string, JsDialect> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'jsx', ts: 'ts', mts: 'ts', cts: 'ts', tsx: 'tsx',
};
const HTML = new Set(['html', 'htm', 'xhtml', 'shtml']);
const TEMPLATE = new Set([
  'php', 'phtml', 'erb', 'ejs', 'hbs', 'handlebars', 'mustache', 'njk', 'nunjucks', 'liquid', 'twig', 'jinja', 'jinja2', 'j2',
  'jsp', 'asp', 'aspx', 'cshtml', 'razor', 'vue', 'svelte', 'astro', 'pug', 'jade', 'haml', 'slim', 'tpl', 'mdx',
]);
const BINARY = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'pdf', 'zip', 'gz', 'tgz', 'br',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'mp3', 'mp4', 'webm', 'ogg', 'wav', 'mov', 'wasm', 'exe', 'dll', 'so',
  'dylib', 'jar', 'class', 'psd', 'sqlite', 'db',
]);

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function fileKind(path: string): FileKind {
  const ext = extensionOf(path);
  if (ext in SCRIPT) return 'script';
  if (HTML.has(ext)) return 'html';
  if (TEMPLATE.has(ext)) return 'template';
  if (ext === 'json') return 'json';
  if (BINARY.has(ext)) return 'binary';
  return 'text';
}

export function jsDialect(path: string): JsDialect {
  return SCRIPT[extensionOf(path)] ?? 'js';
}
