import { describe, expect, it } from 'vitest';
import { actualFor, expectedFor, fixtureCases } from './helpers/fixtures.js';

describe('fixtures: each example site gives exactly its expected findings', () => {
  const cases = fixtureCases();
  it('has fixtures to check', () => {
    expect(cases).toContain('police-site-static');
    expect(cases).toContain('police-site-static-fixed');
  });
  for (const name of cases) {
    it(name, async () => {
      expect(await actualFor(name)).toEqual(expectedFor(name));
    });
  }
});
