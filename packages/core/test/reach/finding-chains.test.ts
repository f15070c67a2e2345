import { join } from 'node:path';
import { analyze } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';

async function proofs(name: string): Promise<string[]> {
  const result = await analyze({ cwd: join(FIXTURES, name), paths: ['.'], now: new Date('2026-11-29T00:00:00Z') });
  return result.findings.filter((f) => f.ruleId === 'no-tracker-on-sensitive-route').map((f) => `${f.file}:${f.line}:${f.column} ${(f.routes ?? []).map((r) => r.proof).join(' | ')}`);
}

describe('each finding carries the shortest chain that proves its reach', () => {
  it('a pixel component rendered by the root layout of a Next.js app', async () => {
    expect(await proofs('next-app-router-site-wide-pixel')).toEqual([
      'components/pixel.tsx:20:11 components/pixel.tsx ← app/layout.tsx (wraps /**)',
      'lib/fpixel.ts:10:3 lib/fpixel.ts ← components/pixel.tsx ← app/layout.tsx (wraps /**)',
      'lib/fpixel.ts:14:3 lib/fpixel.ts ← components/pixel.tsx ← app/layout.tsx (wraps /**)',
    ]);
  });

  it('a SvelteKit layout and a page component', async () => {
    expect(await proofs('sveltekit-layout-pixel')).toEqual([
      'src/lib/analytics/meta-pixel.ts:8:16 src/lib/analytics/meta-pixel.ts ← src/lib/components/MetaPixel.svelte ← src/routes/+layout.svelte (wraps /**)',
      'src/lib/analytics/meta-pixel.ts:10:3 src/lib/analytics/meta-pixel.ts ← src/lib/components/MetaPixel.svelte ← src/routes/+layout.svelte (wraps /**)',
      'src/lib/analytics/meta-pixel.ts:11:3 src/lib/analytics/meta-pixel.ts ← src/lib/components/MetaPixel.svelte ← src/routes/+layout.svelte (wraps /**)',
      'src/routes/report/[crime]/+page.svelte:9:5 src/routes/report/[crime]/+page.svelte (page /report/*)',
    ]);
  });

  it('a wrapper module imported by one page of an SPA route table', async () => {
    expect(await proofs('vite-react-spa-route-table')).toEqual([
      'src/analytics/meta.ts:10:16 src/analytics/meta.ts ← src/pages/ReportForm.tsx (page /report/*)',
      'src/analytics/meta.ts:12:3 src/analytics/meta.ts ← src/pages/ReportForm.tsx (page /report/*)',
      'src/analytics/meta.ts:16:3 src/analytics/meta.ts ← src/pages/ReportForm.tsx (page /report/*)',
    ]);
  });
});
