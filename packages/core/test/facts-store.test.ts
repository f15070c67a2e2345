import { analyze } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';
import { MemoryStore } from './helpers/memory-store.js';

const cwd = `${FIXTURES}police-site-static`;

describe('analyze with a facts store', () => {
  it('stores facts per parsed file and reproduces the uncached result from them', async () => {
    const plain = await analyze({ cwd });
    const store = new MemoryStore();
    const cold = await analyze({ cwd, factsStore: store });
    expect(store.map.size).toBe(8);
    const warm = await analyze({ cwd, factsStore: store });
    expect(store.gets).toBe(16);
    expect(warm.findings).toEqual(plain.findings);
    expect(cold.findings).toEqual(plain.findings);
    expect(warm.stats.timings['detect:html']).toBeUndefined();
  });

  it('trusts what the store returns instead of parsing again', async () => {
    const store = new MemoryStore();
    await analyze({ cwd, factsStore: store });
    for (const [key, facts] of store.map) {
      if (facts.detections.some((d) => d.file === 'report/domestic-abuse/index.html')) store.map.set(key, { ...facts, detections: [] });
    }
    const result = await analyze({ cwd, factsStore: store });
    expect(result.findings.map((f) => f.file)).not.toContain('report/domestic-abuse/index.html');
    expect(result.findings).toHaveLength(29 - (await analyze({ cwd })).findings.filter((f) => f.file === 'report/domestic-abuse/index.html').length);
  });

  it('keys facts by config too', async () => {
    const store = new MemoryStore();
    await analyze({ cwd, factsStore: store });
    await analyze({ cwd, factsStore: store, config: { ...(await analyze({ cwd })).config, maxFileSize: 1 << 20 } });
    expect(store.map.size).toBe(16);
  });
});
