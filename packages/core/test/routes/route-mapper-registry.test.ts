import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routeMappers } from '../../src/routes/index.js';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/routes.md', import.meta.url)), 'utf8');

describe('route mapper registry', () => {
  it('lists mappers alphabetically by id', () => {
    const ids = routeMappers.map((m) => m.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(routeMappers.map((m) => [m.id, m]))('%s is documented with its framework’s routing docs', (id, mapper) => {
    expect(doc).toContain(`| \`${id}\` |`);
    expect(mapper.docs).toMatch(/^https:\/\//);
  });
});
