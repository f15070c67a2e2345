import { join } from 'node:path';
import { analyze } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';

async function findingsOn(day: string) {
  const result = await analyze({ cwd: join(FIXTURES, 'vite-react-spa-route-table'), paths: ['.'], now: new Date(`${day}T12:00:00Z`) });
  return result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
}

describe('expired-allow', () => {
  it('lets the exception hold through its expiry day', async () => {
    expect(await findingsOn('2026-10-31')).toEqual([]);
  });

  it('reports a lapsed exception at its `expires` key, and the trackers it covered again', async () => {
    expect(await findingsOn('2026-11-01')).toEqual([
      'expired-allow pixel-patrol.config.json:11:7',
      'no-tracker-on-sensitive-route src/analytics/meta.ts:10:16',
      'no-automatic-event-capture src/analytics/meta.ts:12:3',
      'no-tracker-on-sensitive-route src/analytics/meta.ts:12:3',
      'no-tracker-on-sensitive-route src/analytics/meta.ts:16:3',
    ]);
  });
});
