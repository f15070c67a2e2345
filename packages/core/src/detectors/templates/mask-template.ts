import { readFrontMatter } from '../../parse/front-matter.js';
import type { TemplateDialect } from './template-dialect.js';

export interface MaskedTemplate {
  text: string;
  /** Template and host-language comments, as [start, end) offsets: nothing in them is a reference. */
  comments: Array<[number, number]>;
}

interface Compiled {
  all: RegExp;
  verbatim: Array<{ open: RegExp; close: RegExp }>;
}

const compiled = new WeakMap<TemplateDialect, Compiled>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(d: TemplateDialect): Compiled {
  const hit = compiled.get(d);
  if (hit) return hit;
  const group = (name: string, parts: string[]) => `(?<${name}>${parts.length > 0 ? parts.join('|') : '(?!)'})`;
  const all = new RegExp(
    [
      group('verbatim', d.verbatim.map((v) => v.open)),
      group('comment', d.comments),
      group('escape', Object.keys(d.escapes).map(escapeRe)),
      group('output', d.outputs),
      group('tag', d.tags),
    ].join('|'),
    'g',
  );
  const made = { all, verbatim: d.verbatim.map((v) => ({ open: new RegExp(v.open, 'y'), close: new RegExp(v.close, 'g') })) };
  compiled.set(d, made);
  return made;
}

/**
 * Replaces template syntax with spaces so the rest parses as HTML and JS, keeping every offset
 * and line break: positions found in the masked text are positions in the template. Output tags
 * become `0` (so `fbq('init', {{ id }})` still parses); strings inside code are kept where the
 * language echoes snippets from them (PHP, Ruby, C#).
 */
export function maskTemplate(text: string, d: TemplateDialect): MaskedTemplate {
  const out = text.split('');
  const comments: Array<[number, number]> = [];
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  const frontMatter = d.frontMatter ? (readFrontMatter(text)?.length ?? 0) : 0;
  blank(0, frontMatter);
  const { all, verbatim } = compile(d);
  all.lastIndex = frontMatter;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      all.lastIndex++;
      continue;
    }
    const g = m.groups!;
    if (g.verbatim !== undefined) {
      const v = verbatim.find((x) => ((x.open.lastIndex = start), x.open.test(text)));
      blank(start, end);
      if (!v) continue;
      v.close.lastIndex = end;
      const close = v.close.exec(text);
      const stop = close ? close.index + close[0].length : text.length;
      if (close) blank(close.index, stop);
      all.lastIndex = stop;
    } else if (g.comment !== undefined) {
      blank(start, end);
      comments.push([start, end]);
    }
    else if (g.escape !== undefined) {
      const rep = d.escapes[g.escape] ?? '';
      for (let k = 0; k < g.escape.length; k++) out[start + k] = rep[k] ?? ' ';
    } else if (g.output !== undefined && !(d.keepStrings && /['"]/.test(g.output))) {
      blank(start, end);
      out[start] = '0';
    } else maskCode(text, out, start, end, d, comments);
  }
  return { text: out.join(''), comments };
}

/** Blanks template code but keeps string contents, so an echoed snippet stays in place. */
function maskCode(text: string, out: string[], start: number, end: number, d: TemplateDialect, comments: Array<[number, number]>): void {
  const keep = new Array<boolean>(end - start).fill(false);
  let k = start;
  while (d.keepStrings && k < end) {
    const c = text[k]!;
    const two = text.slice(k, k + 2);
    if ((d.codeComments.slash && two === '//') || (d.codeComments.hash && c === '#' && text[k + 1] !== '{')) {
      const nl = text.indexOf('\n', k);
      const close = d.id === 'php' || d.id === 'blade' ? text.indexOf('?>', k) : -1;
      const to = Math.min(nl < 0 ? end : nl, close < 0 || close > end ? end : close);
      comments.push([k, to]);
      k = to;
    } else if (d.codeComments.slash && two === '/*') {
      const e = text.indexOf('*/', k + 2);
      const to = e < 0 || e > end ? end : e + 2;
      comments.push([k, to]);
      k = to;
    } else if (text.startsWith('<<<', k)) {
      const h = /^<<<[ \t]*(['"]?)(\w+)\1\r?\n/.exec(text.slice(k, k + 80));
      if (!h) {
        k += 3;
        continue;
      }
      const body = k + h[0].length;
      const stop = new RegExp(`\\n[ \\t]*${h[2]}\\b`, 'g');
      stop.lastIndex = body - 1;
      const e = stop.exec(text);
      const to = e && e.index < end ? e.index : end;
      for (let j = body; j < to; j++) keep[j - start] = true;
      k = to + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      const triple = text.startsWith(c.repeat(3), k) ? c.repeat(3) : c;
      let j = k + triple.length;
      while (j < end && !text.startsWith(triple, j)) {
        if (text[j] === '\\' && j + 1 < end) {
          const q = text[j + 1]!;
          if (q === '"' || q === "'") {
            // An escaped quote inside the host string is a real quote in the echoed JS or HTML.
            const opening = /\w/.test(text[j + 2] ?? '');
            out[j] = opening ? ' ' : q;
            out[j + 1] = opening ? q : ' ';
            keep[j - start] = keep[j + 1 - start] = true;
            j += 2;
            continue;
          }
          keep[j - start] = true;
          j++;
        }
        keep[j - start] = true;
        j++;
      }
      k = j + triple.length;
    } else k++;
  }
  for (let j = start; j < end; j++) {
    if (!keep[j - start] && out[j] !== '\n' && out[j] !== '\r') out[j] = ' ';
  }
}
