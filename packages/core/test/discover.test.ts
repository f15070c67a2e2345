import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../src/files/discover.js';
import { tempTree } from './helpers/temp-tree.js';

describe('discovery: every entry is listed once, links are never followed out of the root', () => {
  it('lists links, loops, special files and ignored files each with a decision', async () => {
    const outside = tempTree([['secret.js', 'fbq("init","1")']], 'pp-outside-');
    const root = tempTree([
      ['.gitignore', 'dist/\n'],
      ['report/index.html', '<p>report</p>'],
      ['shared/pixel.js', 'fbq("track","Lead")'],
      ['dist/bundle.js', 'x'],
      ['node_modules/pkg/index.js', 'x'],
      ['drafts/a.html', 'x'],
      ['...', 'a file whose name the ignore library rejects'],
    ]);
    symlinkSync('../shared/pixel.js', join(root, 'report/pixel.js'));
    symlinkSync('../shared', join(root, 'report/shared'));
    symlinkSync('shared', join(root, 'shared-again'));
    symlinkSync('..', join(root, 'shared/up'));
    symlinkSync(join(outside, 'secret.js'), join(root, 'outside.js'));
    symlinkSync(outside, join(root, 'outside-dir'));
    symlinkSync('missing.js', join(root, 'broken.js'));
    symlinkSync('loop-b', join(root, 'loop-a'));
    symlinkSync('loop-a', join(root, 'loop-b'));
    execFileSync('mkfifo', [join(root, 'pipe.js')]);

    const found = await discoverFiles(root, ['drafts/**']);

    expect(found.files).toEqual(['...', '.gitignore', 'report/index.html', 'report/pixel.js', 'shared-again/pixel.js', 'shared/pixel.js']);
    expect(found.ignored).toEqual(['dist/bundle.js', 'drafts/a.html']);
    expect(found.reported).toEqual([
      { path: 'broken.js', state: 'unreadable', reason: 'broken symlink' },
      { path: 'loop-a', state: 'unreadable', reason: 'symlink loop' },
      { path: 'loop-b', state: 'unreadable', reason: 'symlink loop' },
      { path: 'outside-dir', state: 'unreadable', reason: `symlink to ${outside}, outside the project root: not followed` },
      { path: 'outside.js', state: 'unreadable', reason: `symlink to ${join(outside, 'secret.js')}, outside the project root: not followed` },
      { path: 'pipe.js', state: 'unreadable', reason: 'not a regular file (named pipe)' },
      { path: 'report/shared', state: 'scanned', reason: 'symlink to shared/, already followed through another link: its files are listed there' },
      { path: 'shared-again/up', state: 'scanned', reason: 'symlink loop to ./ (an ancestor): not followed; its files are listed at their real paths' },
      { path: 'shared/up', state: 'scanned', reason: 'symlink loop to ./ (an ancestor): not followed; its files are listed at their real paths' },
    ]);
  });

  it('reports the same lists whatever order the files were created in', async () => {
    const entries: Array<[string, string]> = [
      ['b/2.js', '2'],
      ['a/1.html', '1'],
      ['c.txt', 'c'],
      ['a/z/3.ts', '3'],
    ];
    const one = await discoverFiles(tempTree(entries), []);
    const two = await discoverFiles(tempTree([...entries].reverse()), []);
    expect(one).toEqual(two);
    expect(one.files).toEqual(['a/1.html', 'a/z/3.ts', 'b/2.js', 'c.txt']);
  });

  it('walks a very deep folder chain without recursion', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-deep-'));
    let dir = root;
    for (let i = 0; i < 200; i++) {
      dir = join(dir, 'd');
      mkdirSync(dir);
    }
    writeFileSync(join(dir, 'x.js'), 'x');
    const found = await discoverFiles(root, []);
    expect(found.files).toEqual([`${'d/'.repeat(200)}x.js`]);
  });
});
