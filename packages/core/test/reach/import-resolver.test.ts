import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResolver } from '../../src/reach/module-graph/import-resolver.js';
import type { ProjectFiles } from '../../src/routes/route.js';

const files = [
  'src/app/layout.tsx',
  'src/components/pixel.tsx',
  'src/components/index.ts',
  'src/lib/fpixel.ts',
  'src/lib/svelte/Pixel.svelte',
  'src/shared/tracking/index.js',
  'lib/root-only.ts',
  'app/composables/usePixel.ts',
];

function resolver(extra: Partial<ProjectFiles> = {}, tsconfig?: string) {
  const root = mkdtempSync(join(tmpdir(), 'pp-resolve-'));
  if (tsconfig) writeFileSync(join(root, 'tsconfig.json'), tsconfig);
  const resolve = importResolver.prepare({ root, files, ...extra });
  return (specifier: string, from = 'src/app/layout.tsx') => resolve({ kind: 'imports', specifier, line: 1, column: 1 }, from);
}

describe('import resolver', () => {
  const r = resolver({ packageJson: { imports: { '#tracking/*': './src/shared/tracking/*' } } }, '{\n  // comments are allowed\n  "compilerOptions": { "baseUrl": ".", "paths": { "@shared/*": ["src/shared/*"] } },\n}');

  it.each([
    ['../components/pixel', 'src/components/pixel.tsx'],
    ['../components', 'src/components/index.ts'],
    ['../lib/fpixel.js', 'src/lib/fpixel.ts'],
    ['/src/lib/fpixel.ts', 'src/lib/fpixel.ts'],
    ['@/lib/fpixel', 'src/lib/fpixel.ts'],
    ['@/lib/root-only', 'lib/root-only.ts'],
    ['~/composables/usePixel', 'app/composables/usePixel.ts'],
    ['~~/lib/root-only', 'lib/root-only.ts'],
    ['$lib/svelte/Pixel.svelte', 'src/lib/svelte/Pixel.svelte'],
    ['@shared/tracking', 'src/shared/tracking/index.js'],
    ['#tracking/index.js', 'src/shared/tracking/index.js'],
    ['../lib/fpixel?raw', 'src/lib/fpixel.ts'],
  ])('%s → %s', (specifier, file) => {
    expect(r(specifier)).toBe(file);
  });

  it.each(['react', 'next/script', '../../../outside', './missing'])('leaves %s unresolved', (specifier) => {
    expect(r(specifier)).toBeUndefined();
  });
});
