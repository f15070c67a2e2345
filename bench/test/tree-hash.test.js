import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { treeHash } from '../tree-hash.js';

const root = mkdtempSync(join(tmpdir(), 'pp-bench-hash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name, files) {
  const dir = join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return treeHash(dir);
}

describe('treeHash', () => {
  it('depends on paths and bytes, not on the order files were written', () => {
    const a = tree('a', { 'x/1.js': 'one', '2.js': 'two' });
    expect(tree('b', { '2.js': 'two', 'x/1.js': 'one' })).toBe(a);
    expect(tree('c', { 'x/1.js': 'one', '2.js': 'two!' })).not.toBe(a);
    expect(tree('d', { 'y/1.js': 'one', '2.js': 'two' })).not.toBe(a);
  });

  it('does not let a path run into its content', () => {
    expect(tree('e', { ab: 'c' })).not.toBe(tree('f', { a: 'bc' }));
  });
});
