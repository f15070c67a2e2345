import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

describe('docs/reliability.md', () => {
  it('names only tests and fixtures that exist', () => {
    const doc = readFileSync(join(REPO, 'docs/reliability.md'), 'utf8');
    const paths = [...doc.matchAll(/`((?:packages|fixtures)\/[^`*]+)`/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(join(REPO, p)))).toEqual([]);
  });
});
