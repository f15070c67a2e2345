import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, checkFile, projectModel, type Finding } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../src/files/read-file.js';
import { FIXTURES, fixtureCases } from './helpers/fixtures.js';

const NOW = new Date('2026-11-29T00:00:00Z');
// About the config file or a file's state, not about a file's code: an editor has no use for them.
const PROJECT_RULES = new Set(['expired-allow', 'parse-error', 'unreadable-file']);

async function modelFor(name: string) {
  const result = await analyze({ cwd: join(FIXTURES, name), paths: ['.'], now: NOW });
  // Through a structured clone, as the ESLint plugin receives it from its worker thread.
  const model = projectModel(structuredClone({ root: result.root, config: result.config, files: result.files, routes: result.routes, edges: result.edges }));
  return { result, model };
}

describe("projectModel + checkFile: analyze()'s findings, one file at a time", () => {
  for (const name of fixtureCases()) {
    it(name, async () => {
      const { result, model } = await modelFor(name);
      const scanned = result.files.filter((f) => f.state === 'scanned');
      const perFile: Finding[] = [];
      for (const f of scanned) {
        const read = await readSourceFile(join(result.root, f.path), result.config.maxFileSize, f.kind !== 'text');
        if (read.ok) perFile.push(...checkFile(model, { file: f.path, text: read.text, now: NOW }));
      }
      // Files that could not be parsed are token-scanned by the pipeline; an editor reports its own parse errors.
      const paths = new Set(scanned.map((f) => f.path));
      expect(perFile).toEqual(result.findings.filter((f) => paths.has(f.file) && !PROJECT_RULES.has(f.ruleId)));
    });
  }

  it('reports a shared module for the sensitive page that loads it, from the editor text', async () => {
    const { model } = await modelFor('council-site-shared-script');
    const edited = "fbq('track', 'Contact');\n";
    expect(checkFile(model, { file: 'js/site.js', text: edited, now: NOW }).map((f) => [f.line, f.column, f.ruleId, f.message])).toEqual([
      [1, 1, 'no-tracker-on-sensitive-route', 'Meta Pixel sends event "Contact" and runs on sensitive route /report/ (sensitive.routes "/report/**")'],
    ]);
    // The same call in a script only the (allowed) jobs page loads, and a suppressed one.
    expect(checkFile(model, { file: 'js/search.js', text: edited, now: NOW })).toEqual([]);
    const suppressed = `// pixel-patrol-disable-next-line no-tracker-on-sensitive-route -- test page\n${edited}`;
    expect(checkFile(model, { file: 'js/site.js', text: suppressed, now: NOW })).toEqual([]);
  });

  it('checks nothing in a file the config ignores', async () => {
    const { result } = await modelFor('council-site-shared-script');
    const model = projectModel({ ...result, files: result.files.map((f) => (f.path === 'js/pixel.js' ? { ...f, state: 'skipped-by-config' as const } : f)) });
    expect(checkFile(model, { file: 'js/pixel.js', text: readFileSync(join(result.root, 'js/pixel.js'), 'utf8'), now: NOW })).toEqual([]);
  });
});
