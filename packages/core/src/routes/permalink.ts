import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../parse/front-matter.js';

/**
 * The `permalink` a page's front matter sets: a URL, `false` (the page is not written), or
 * `undefined` (none, or computed by a template expression we do not evaluate).
 */
export function permalinkOf(root: string, file: string): string | false | undefined {
  let head: string;
  try {
    const fd = openSync(join(root, file), 'r');
    try {
      const buf = Buffer.alloc(8192);
      head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const value = readFrontMatter(head)?.fields.get('permalink')?.value;
  if (value === 'false') return false;
  if (value === undefined || value === '' || /[{%:]/.test(value)) return undefined;
  return value.startsWith('/') ? value : `/${value}`;
}
