/** A start tag as written: offset of its `<`, ASCII-lower-cased names, raw attribute values (first of a name wins). */
export interface PlainTag {
  name: string;
  offset: number;
  attrs: Map<string, string>;
  /** What a raw-text element (`script`, `style`, `title`, `textarea`…) holds up to its end tag. */
  content?: string;
}

export interface PlainHtml {
  tags: PlainTag[];
  /** Every run of character data (raw-text content included), joined with nothing in between. */
  text: string;
}

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
// Where the tree builder parses differently from a flat scan: foreign content (CDATA, `<style>` as
// markup), ignored or re-parented tokens (select, table foster parenting, frameset), template
// content, the rest of the file as text (plaintext); `noscript` and `base` for caution.
const UNSURE = new Set(['svg', 'math', 'template', 'noscript', 'plaintext', 'frameset', 'select', 'table', 'base']);
const END_TAGS = new Map([...RAW_TEXT].map((n) => [n, new RegExp(`</${n}[\\t\\n\\f\\r />]`, 'gi')]));

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const lower = (s: string) => s.replace(/[A-Z]+/g, (u) => u.toLowerCase());

/**
 * The tags of an HTML page as the HTML tokenizer reads them, by a flat scan that is exact for the
 * documents it accepts and `undefined` for any it is not sure of (a NUL, a file ending inside a tag
 * or comment, an unusual comment end, `<!--` in a script, an element in `UNSURE`). It exists so
 * that pages with nothing to find need not be parsed into a tree.
 */
export function tokenizePlainHtml(html: string): PlainHtml | undefined {
  if (html.includes('\0')) return undefined;
  const tags: PlainTag[] = [];
  const text: string[] = [];
  let from = 0;
  let at = html.indexOf('<');
  while (at >= 0) {
    const c = html.charCodeAt(at + 1);
    const c2 = html.charCodeAt(at + 2);
    let next: number | undefined;
    if (isAlpha(c)) {
      text.push(html.slice(from, at));
      const tag = readTag(html, at + 1);
      if (!tag || UNSURE.has(tag.name)) return undefined;
      const element: PlainTag = { name: tag.name, offset: at, attrs: tag.attrs };
      tags.push(element);
      next = tag.end;
      const closing = END_TAGS.get(tag.name);
      if (closing) {
        closing.lastIndex = next;
        const close = closing.exec(html);
        if (!close) return undefined;
        element.content = html.slice(next, close.index);
        // Script data after `<!--` has escape states in which `</script>` does not end it.
        if (tag.name === 'script' && element.content.includes('<!--')) return undefined;
        text.push(element.content);
        next = readTag(html, close.index + 2)?.end;
      }
    } else if (c === 47 /* / */ && isAlpha(c2)) {
      text.push(html.slice(from, at));
      next = readTag(html, at + 2)?.end;
    } else if (c === 33 /* ! */ && html.startsWith('<!--', at)) {
      text.push(html.slice(from, at));
      next = commentEnd(html, at);
    } else if (c === 33 || c === 63 /* ? */ || (c === 47 && at + 2 < html.length)) {
      // A doctype, bogus comment or `</>`: up to the first `>`, quotes or not.
      text.push(html.slice(from, at));
      const gt = html.indexOf('>', at + 2);
      next = gt < 0 ? undefined : gt + 1;
    } else {
      at = html.indexOf('<', at + 1);
      continue;
    }
    if (next === undefined) return undefined;
    from = next;
    at = html.indexOf('<', next);
  }
  text.push(html.slice(from));
  return { tags, text: text.join('') };
}

/** `<!--` … `-->`; `undefined` for the abrupt `<!-->`, `<!--->`, the `--!>` ending and an unclosed comment. */
function commentEnd(html: string, at: number): number | undefined {
  if (html.startsWith('>', at + 4) || html.startsWith('->', at + 4)) return undefined;
  const close = html.indexOf('-->', at + 4);
  // Searched within the comment only: from each comment to the end of the file would be quadratic.
  if (close < 0 || html.slice(at + 4, close + 1).includes('--!>')) return undefined;
  return close + 3;
}

/** Reads a tag from its name to just past its `>` (the HTML tokenizer's tag and attribute states). */
function readTag(html: string, start: number): { name: string; attrs: Map<string, string>; end: number } | undefined {
  const n = html.length;
  let i = start;
  while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = lower(html.slice(start, i));
  const attrs = new Map<string, string>();
  for (;;) {
    while (i < n && (isSpace(html.charCodeAt(i)) || (html[i] === '/' && html[i + 1] !== '>'))) i++;
    if (i >= n) return undefined;
    if (html[i] === '/') i++;
    if (html[i] === '>') return { name, attrs, end: i + 1 };
    const nameStart = i++;
    while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attrName = lower(html.slice(nameStart, i));
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close < 0) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else if (q !== '>') {
        const valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    if (!attrs.has(attrName)) attrs.set(attrName, value);
  }
}
