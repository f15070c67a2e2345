import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { workerCount } from '../src/files/worker-count.js';
import { tempTree } from './helpers/temp-tree.js';

const MAX = 10 * 1024 * 1024;
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tree(files: Array<[string, string | Uint8Array]>): { root: string; paths: string[] } {
  const root = tempTree(files);
  temps.push(root);
  return { root, paths: files.map(([p]) => p) };
}

const pages = (n: number): Array<[string, string]> => Array.from({ length: n }, (_, i) => [`p${i}.html`, '<p>x</p>\n']);

describe('workerCount', () => {
  it('gives what was asked for, capped at the number of files; 0 and 1 mean none', async () => {
    const { root, paths } = tree(pages(3));
    expect(await workerCount(root, paths, 0, MAX)).toBe(0);
    expect(await workerCount(root, paths, 1, MAX)).toBe(0);
    expect(await workerCount(root, paths, 2, MAX)).toBe(2);
    expect(await workerCount(root, paths, 2.7, MAX)).toBe(2);
    expect(await workerCount(root, paths, 16, MAX)).toBe(3);
  });

  it('by default starts one per core, at most 4, from 1,000 files to parse, not counting binary files and plain text', async () => {
    const few = tree([...pages(999), ['logo.png', new Uint8Array(10)], ['notes.txt', 'x'], ['site.css', 'x']]);
    expect(await workerCount(few.root, few.paths, undefined, MAX, 2)).toBe(0);
    const enough = tree([...pages(999), ['app.js', 'x']]);
    expect(await workerCount(enough.root, enough.paths, undefined, MAX, 2)).toBe(2);
    expect(await workerCount(enough.root, enough.paths, undefined, MAX, 16)).toBe(4);
    expect(await workerCount(enough.root, enough.paths, undefined, MAX, 1)).toBe(0);
  });

  it('by default starts workers for a few files with 16 MB to parse, counting a file only up to maxFileSize', async () => {
    const big = 'x'.repeat(8 * 1024 * 1024 + 1);
    const two = tree([['a.js', big], ['b.js', big], ['photo.jpg', big]]);
    expect(await workerCount(two.root, two.paths, undefined, MAX, 4)).toBe(2);
    expect(await workerCount(two.root, two.paths, undefined, 4 * 1024 * 1024, 4)).toBe(0);
    const one = tree([['a.js', big], ['photo.jpg', big]]);
    expect(await workerCount(one.root, one.paths, undefined, MAX, 4)).toBe(0);
  });
});
