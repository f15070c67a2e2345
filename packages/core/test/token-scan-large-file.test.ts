import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenScan } from '../src/detectors/token-scan.js';
import { tokenScanLargeFile } from '../src/files/token-scan-large-file.js';
import { LineIndex } from '../src/source/line-index.js';
import { tempTree } from './helpers/temp-tree.js';

const URL = 'https://connect.facebook.net/en_US/fbevents.js';
const MB = 1 << 20;

/** Places `snippet` so that it starts exactly at `offset` in a text of filler. */
function textWith(length: number, filler: string, snippets: Array<[number, string]>): string {
  let text = '';
  for (const [offset, snippet] of snippets) {
    while (text.length < offset) text += filler;
    text = text.slice(0, offset) + snippet;
  }
  while (text.length < length) text += filler;
  return text;
}

describe('token scan of files too large to parse, in bounded windows', () => {
  it.each([
    ['one multi-megabyte line (a minified bundle)', 'a=1;'],
    ['many short CRLF lines', 'x;\r\n'],
  ])('%s: same detections at the same positions as a whole-file scan', async (_name, filler) => {
    // Snippets straddle the window cut (a window is 1 MiB, the last 4 KiB are rescanned by the next).
    const text = textWith(3 * MB + 12345, filler, [
      [10, `"${URL}"`],
      [MB - 4096 - 20, `;fbq('track','Lead')`],
      [MB - 10, `"${URL}"`],
      [2 * MB - 4096 - 2, `"${URL}"`],
      [3 * MB, `;fbq('init','42')`],
    ]);
    const root = tempTree([['bundle.js', text]]);
    const windowed = await tokenScanLargeFile(join(root, 'bundle.js'), 'bundle.js');
    const whole = tokenScan('bundle.js', new LineIndex(text));
    expect(whole).toHaveLength(5);
    expect(windowed.map((d) => [d.loc, d.evidence, d.kind])).toEqual(whole.map((d) => [d.loc, d.evidence, d.kind]));
  });

  it('decodes UTF-16 across windows and keeps UTF-16 code-unit columns', async () => {
    const text = textWith(MB, 'é;\n', [[MB - 100, `"${URL}"`]]);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const root = tempTree([['bundle.js', bytes]]);
    const windowed = await tokenScanLargeFile(join(root, 'bundle.js'), 'bundle.js');
    expect(windowed.map((d) => d.loc)).toEqual(tokenScan('bundle.js', new LineIndex(text)).map((d) => d.loc));
    expect(windowed).toHaveLength(1);
  });
});
