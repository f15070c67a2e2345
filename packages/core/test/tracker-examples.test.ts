import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frontEnds } from '../src/detectors/index.js';
import { LineIndex } from '../src/source/line-index.js';
import { trackers } from '../src/trackers/index.js';

const TRACKER_DIR = fileURLToPath(new URL('../src/trackers/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../../docs/trackers.md', import.meta.url));
const NOT_TRACKERS = new Set(['catalogue.ts', 'index.ts', 'third-party.ts', 'tracker.ts']);

function run(lang: 'js' | 'html', code: string) {
  const path = `example.${lang}`;
  const frontEnd = frontEnds.find((f) => f.accepts(path, code))!;
  return frontEnd.analyze({ path, lines: new LineIndex(code) });
}

describe('tracker catalogue', () => {
  it('registers every tracker file, once, under its file name', () => {
    const files = readdirSync(TRACKER_DIR).filter((f) => f.endsWith('.ts') && !NOT_TRACKERS.has(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(trackers.map((t) => t.id)).toEqual([...files].sort());
  });

  it('documents every tracker in docs/trackers.md', () => {
    const docs = readFileSync(DOCS, 'utf8');
    for (const t of trackers) expect(docs).toContain(`| \`${t.id}\` | ${t.name} |`);
  });

  it('gives every tracker a runnable example', () => {
    for (const t of trackers) expect(t.examples.length, t.id).toBeGreaterThan(0);
  });
});

describe('tracker examples through the real front ends', () => {
  for (const t of trackers) {
    t.examples.forEach((ex, i) => {
      it(`${t.id} example ${i + 1} (${ex.lang})`, () => {
        const facts = run(ex.lang, ex.code);
        expect(facts.failed).toBeUndefined();
        expect(facts.detections.map((d) => d.kind)).toEqual(ex.expect);
        // Vendors that share a loader (gtag.js) may attribute a detection to a sibling product.
        for (const d of facts.detections) expect([t.id, ...trackers.filter((o) => o.vendor === t.vendor).map((o) => o.id)]).toContain(d.tracker);
        expect(facts.detections.some((d) => d.tracker === t.id)).toBe(true);
      });
    });
  }
});
