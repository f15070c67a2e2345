import { describe, expect, it } from 'vitest';
import { patternCovers, patternsIntersect } from '../src/sensitivity/route-pattern.js';

describe('route patterns', () => {
  it.each([
    ['/report/**', '/report/', true],
    ['/report/**', '/report', true],
    ['/report/**', '/report/domestic-abuse/', true],
    ['/report/**', '/reporting/', false],
    ['/report/**', '/careers/', false],
    ['/report/**', '/**', true],
    ['/report/**', '/*', true],
    ['/report/*/form', '/report/abuse/form', true],
    ['/report/*/form', '/report/abuse/other', false],
    ['/advice/**', '/advice/stalking/', true],
    ['/**', '/', true],
    ['/', '/careers', false],
  ])('%s meets %s: %s', (a, b, expected) => {
    expect(patternsIntersect(a, b)).toBe(expected);
    expect(patternsIntersect(b, a)).toBe(expected);
  });

  it('allow-lists must cover a route, not merely touch it', () => {
    expect(patternCovers('/careers/**', '/careers/')).toBe(true);
    expect(patternCovers('/careers/**', '/careers/apply/')).toBe(true);
    expect(patternCovers('/careers/**', '/**')).toBe(false);
    expect(patternCovers('/careers/**', '/report/')).toBe(false);
  });
});
