import { analyze, ConfigError, parseConfig, type FileState } from '@pixel-patrol/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/temp-tree.js';
import { FUZZ, gtmish, htmlish, jsish, junk } from './arbitraries.js';

const STATES: FileState[] = ['scanned', 'skipped-by-config', 'skipped-as-binary', 'too-large', 'unreadable', 'parse-failed'];
/** Each run writes a tree and runs the whole pipeline, so fewer runs than the in-memory properties. */
const TREE_RUNS = { ...FUZZ, numRuns: 12 };
const HANG_BOUND = 120_000;

const bytes = fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b));

describe('fuzz: every generated file ends in exactly one state, and the run completes', () => {
  it('a tree of HTML-ish, JS-ish, GTM-ish, template and raw-byte files', async () => {
    await fc.assert(
      fc.asyncProperty(htmlish, jsish, gtmish, junk, bytes, async (html, js, gtm, text, raw) => {
        const root = tempTree([
          ['pixel-patrol.config.json', '{"sensitive": {"routes": ["/**"]}}'],
          ['index.html', html],
          ['app.ts', js],
          ['gtm/container.json', gtm],
          ['views/page.php', text],
          ['notes.txt', raw],
          ['raw.js', raw],
        ]);
        let result;
        try {
          result = await analyze({ cwd: root });
        } catch (e) {
          // A broken GTM export is an input error (exit 2), named with its position.
          expect(e).toBeInstanceOf(ConfigError);
          expect((e as Error).message).toMatch(/^gtm\/container\.json:\d+:\d+/);
          return;
        }
        expect(result.files.map((f) => f.path)).toEqual(['app.ts', 'gtm/container.json', 'index.html', 'notes.txt', 'pixel-patrol.config.json', 'raw.js', 'views/page.php']);
        for (const f of result.files) expect(STATES).toContain(f.state);
        expect(Object.values(result.stats.files).reduce((a, b) => a + b, 0)).toBe(7);
      }),
      TREE_RUNS,
    );
  }, HANG_BOUND);

  it('GTM-ish JSON (exports, truncated copies, other JSON): a broken export stops the run with its position, anything else ends in one state, tracker HTML never dropped silently', async () => {
    await fc.assert(
      fc.asyncProperty(gtmish, async (gtm) => {
        const root = tempTree([['container.json', gtm]]);
        let result;
        try {
          result = await analyze({ cwd: root });
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigError);
          expect((e as Error).message).toMatch(/container\.json:\d+:\d+/);
          return;
        }
        const file = result.files.find((f) => f.path === 'container.json');
        expect(file?.state).toMatch(/^(scanned|parse-failed)$/);
        if (/connect\.facebook\.net|fbq\('track'/.test(gtm)) {
          const detected = result.detections.some((d) => d.file === 'container.json');
          expect(detected || /tracker-shaped token/.test(file?.reason ?? '')).toBe(true);
        }
      }),
      TREE_RUNS,
    );
  }, HANG_BOUND);
});

describe('fuzz: config text either loads or is a ConfigError, never a crash', () => {
  const configish = fc.oneof(
    junk,
    gtmish,
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record({
        sensitive: fc.record({ routes: fc.array(fc.oneof(fc.string(), fc.constantFrom('/report/**', '{a,b', '!(x)', '+(a|aa)*b', '[z-a]'))) }, { requiredKeys: [] }),
        ignore: fc.array(fc.string()),
        maxFileSize: fc.oneof(fc.integer(), fc.double()),
        fileTimeBudgetMs: fc.oneof(fc.integer(), fc.string()),
        routes: fc.array(fc.record({ files: fc.string(), route: fc.string() })),
      }, { requiredKeys: [] })
      .map((v) => JSON.stringify(v)),
  );

  it('parseConfig on arbitrary text and config-shaped JSON', () => {
    fc.assert(
      fc.property(configish, (text) => {
        try {
          parseConfig(text, 'pixel-patrol.config.json');
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigError);
          expect((e as Error).message).toMatch(/^pixel-patrol\.config\.json/);
        }
      }),
      { ...FUZZ, numRuns: 100 },
    );
  }, HANG_BOUND);
});
