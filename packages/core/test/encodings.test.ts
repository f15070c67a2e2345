import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalysisResult } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/files/read-file.js';
import { tempTree } from './helpers/temp-tree.js';

const CONFIG = JSON.stringify({ sensitive: { routes: ['/**'] } });

function utf16le(s: string, bom: boolean): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
}

function utf16be(s: string, bom: boolean): Buffer {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), b]);
}

async function scan(files: Array<[string, string | Buffer]>, config = CONFIG): Promise<AnalysisResult> {
  const root = tempTree([['pixel-patrol.config.json', config], ...files]);
  return analyze({ cwd: root, now: new Date('2026-11-29T00:00:00Z') });
}

function where(result: AnalysisResult) {
  return result.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, ruleId: f.ruleId, tracker: f.tracker }));
}

const HTML = '<!doctype html>\r\n<html>\r\n<body>\r\n<p>Réf</p>\r\n<script>\r\n    fbq("track", "Lead");\r\n</script>\r\n</body>\r\n</html>\r\n';
const AT_LINE_6 = [{ file: 'page.html', line: 6, column: 5, ruleId: 'no-tracker-on-sensitive-route', tracker: 'meta-pixel' }];

describe('decoding: every encoding is read, and positions point into the original file', () => {
  it.each([
    ['UTF-8 with BOM', 'utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HTML)])],
    ['UTF-16 LE with BOM', 'utf-16le-bom', utf16le(HTML, true)],
    ['UTF-16 BE with BOM', 'utf-16be-bom', utf16be(HTML, true)],
    ['UTF-16 LE without BOM', 'utf-16le', utf16le(HTML, false)],
    ['UTF-16 BE without BOM', 'utf-16be', utf16be(HTML, false)],
    ['Latin-1', 'latin1', Buffer.from(HTML, 'latin1')],
    ['UTF-8 with CRLF', 'utf-8', Buffer.from(HTML)],
  ])('%s: decoded as %s, finding at 6:5', async (_name, encoding, bytes) => {
    expect(decode(bytes, true)).toEqual({ text: HTML, encoding });
    const result = await scan([['page.html', bytes]]);
    expect(result.files.find((f) => f.path === 'page.html')?.state).toBe('scanned');
    expect(where(result)).toEqual(AT_LINE_6);
  });

  it('keeps exact columns on a CRLF line after a multi-byte character', async () => {
    const js = 'const note = "café";\r\n\r\nconst x = 1; fbq("track", "Lead");\r\n';
    const result = await scan([['app.js', js]]);
    expect(where(result)).toEqual([{ file: 'app.js', line: 3, column: 14, ruleId: 'no-tracker-on-sensitive-route', tracker: 'meta-pixel' }]);
  });

  it('reads a source file with a stray NUL byte, fails its parse and token-scans it', async () => {
    const result = await scan([['app.js', 'var a = 1;\n\0\nfbq("track", "Lead");\n']]);
    expect(result.files.find((f) => f.path === 'app.js')).toMatchObject({ state: 'parse-failed', line: 2, column: 1 });
    expect(where(result)).toEqual([
      { file: 'app.js', line: 2, column: 1, ruleId: 'parse-error', tracker: undefined },
      { file: 'app.js', line: 3, column: 1, ruleId: 'no-tracker-on-sensitive-route', tracker: 'meta-pixel' },
    ]);
  });

  it('calls a non-source file with NUL bytes binary, and a known binary type binary without reading it', async () => {
    const result = await scan([
      ['data.txt', 'abc\0def https://connect.facebook.net/en_US/fbevents.js'],
      ['logo.png', 'https://connect.facebook.net/en_US/fbevents.js'],
    ]);
    expect(result.files.filter((f) => f.path !== 'pixel-patrol.config.json').map((f) => [f.path, f.state, f.reason])).toEqual([
      ['data.txt', 'skipped-as-binary', 'contains NUL bytes and is not a known source file type'],
      ['logo.png', 'skipped-as-binary', 'binary file type'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('token-scans a too-large file for tracker hosts at their exact position and reports it', async () => {
    const big = `${'// padding\r\n'.repeat(20)}  <script src="https://connect.facebook.net/en_US/fbevents.js"></script>\r\n`;
    const result = await scan([['big.js', big]], JSON.stringify({ sensitive: { routes: ['/**'] }, maxFileSize: 100 }));
    expect(result.files.find((f) => f.path === 'big.js')).toMatchObject({ state: 'too-large', reason: 'larger than 100 bytes: token-scanned only' });
    expect(result.stats.files['too-large']).toBe(1);
    expect(where(result)).toEqual([{ file: 'big.js', line: 21, column: 16, ruleId: 'no-tracker-on-sensitive-route', tracker: 'meta-pixel' }]);
  });

  it('reports a file that cannot be read as unreadable, with an error finding', async () => {
    const root = tempTree([['pixel-patrol.config.json', CONFIG]]);
    writeFileSync(join(root, 'ok.js'), 'x');
    symlinkSync('gone.js', join(root, 'dangling.js'));
    const result = await analyze({ cwd: root });
    expect(result.files.find((f) => f.path === 'dangling.js')).toMatchObject({ state: 'unreadable', reason: 'broken symlink' });
    expect(where(result)).toEqual([{ file: 'dangling.js', line: 1, column: 1, ruleId: 'unreadable-file', tracker: undefined }]);
    expect(result.findings[0]?.severity).toBe('error');
  });
});
