import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generate.js';
import { treeHash } from '../tree-hash.js';

// A tiny tree keeps this fast: a few dozen pages and modules, and the two minimum vendor chunks
// shrunk to tens of kilobytes.
const SMALL = { scale: 0.05, bundleScale: 0.01 };
const root = mkdtempSync(join(tmpdir(), 'pp-bench-generate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function hashOf(name, seed) {
  const dir = join(root, name);
  const { files, bytes } = generate(dir, { ...SMALL, seed });
  return { files, bytes, hash: treeHash(dir) };
}

describe('bench generator', () => {
  it('writes the same bytes for the same seed and scale, and different bytes for another seed', () => {
    const a = hashOf('a', 1);
    const b = hashOf('b', 1);
    const c = hashOf('c', 2);
    expect(b).toEqual(a);
    expect(c.hash).not.toBe(a.hash);
    expect(a.files).toBe(60);
  });

  it('keeps the output of seed 1 stable, so recorded results stay comparable', () => {
    expect(hashOf('stable', 1).hash).toBe('18eea399272a9ead6f1e34f4aa31b3c934c52530190c10e1ddb8c426cd6a6978');
  });
});
