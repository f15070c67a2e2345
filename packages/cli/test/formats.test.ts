import { formatters } from '@pixel-patrol/cli';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/run.js';

const EXTENSION: Record<string, string> = {
  github: 'txt',
  gitlab: 'json',
  html: 'html',
  json: 'json',
  junit: 'xml',
  markdown: 'md',
  sarif: 'sarif',
  stylish: 'txt',
};

describe('formats: golden output on the fixtures', () => {
  it('has a golden extension for every registered format', () => {
    expect(Object.keys(formatters).sort()).toEqual(Object.keys(EXTENSION).sort());
  });

  for (const fixture of ['police-site-static', 'police-site-static-fixed']) {
    for (const format of Object.keys(EXTENSION)) {
      it(`${format} on ${fixture}`, async () => {
        const first = await run(['scan', `fixtures/${fixture}`, '--format', format]);
        const second = await run(['scan', `fixtures/${fixture}`, '--format', format]);
        expect(first.stderr).toBe('');
        expect(first.code).toBe(fixture.endsWith('-fixed') ? 0 : 1);
        expect(second.stdout).toBe(first.stdout);
        await expect(first.stdout).toMatchFileSnapshot(`golden/${fixture}/${format}.${EXTENSION[format]}`);
      });
    }
  }
});
