import { analyze } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';

const cwd = `${FIXTURES}police-site-static`;
const files = async (changedFiles?: string[]) => [...new Set((await analyze({ cwd, ...(changedFiles ? { changedFiles } : {}) })).findings.map((f) => f.file))];

describe('analyze changedFiles', () => {
  it('keeps only findings located in, or reached through, a changed file', async () => {
    expect(await files(['report/index.html'])).toEqual(['report/index.html']);
    expect(await files(['report/index.html', 'report/sexual-offence/index.html'])).toEqual(['report/index.html', 'report/sexual-offence/index.html']);
    expect(await files(['careers/index.html', 'no/such/file.js'])).toEqual([]);
    expect(await files([])).toEqual([]);
  });

  it('keeps everything when a file that shapes the whole model changed', async () => {
    const all = await files();
    expect(all.length).toBeGreaterThan(2);
    expect(await files(['pixel-patrol.config.json'])).toEqual(all);
    expect(await files(['package.json'])).toEqual(all);
  });

  it('still models the whole project', async () => {
    const result = await analyze({ cwd, changedFiles: ['careers/index.html'] });
    expect(result.findings).toEqual([]);
    expect(result.routes).toHaveLength(7);
    expect(result.stats.findings).toBe(0);
  });
});
