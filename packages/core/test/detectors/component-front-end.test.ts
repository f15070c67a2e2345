import { describe, expect, it } from 'vitest';
import { componentFrontEnd } from '../../src/detectors/components/component-front-end.js';
import { scriptBlocks } from '../../src/detectors/components/script-blocks.js';
import { LineIndex } from '../../src/source/line-index.js';

function facts(path: string, text: string) {
  const f = componentFrontEnd.analyze({ path, lines: new LineIndex(text) });
  return {
    detections: f.detections.map((d) => [d.tracker, d.kind, d.loc.line, d.loc.column]),
    references: f.references.map((r) => [r.kind, r.specifier, r.line, r.column]),
    failed: f.failed?.line,
  };
}

describe('component front end', () => {
  it('accepts Vue, Svelte and Astro files only', () => {
    expect(['a.vue', 'b.svelte', 'c.astro', 'd.tsx', 'e.html'].filter((p) => componentFrontEnd.accepts(p, ''))).toEqual(['a.vue', 'b.svelte', 'c.astro']);
  });

  it('finds tracker calls in a Vue <script setup lang="ts"> at their place in the file', () => {
    const text = [
      '<template>',
      '  <button @click="apply">Apply</button>',
      '</template>',
      '',
      '<script setup lang="ts">',
      "import { useHead } from '#imports';",
      'function apply(): void {',
      "  window.fbq('trackCustom', 'Apply');",
      '}',
      '</script>',
    ].join('\n');
    expect(facts('pages/careers.vue', text)).toEqual({
      detections: [['meta-pixel', 'event', 8, 3]],
      references: [['imports', '#imports', 6, 1]],
      failed: undefined,
    });
  });

  it('reads Astro frontmatter and the markup around it', () => {
    const text = [
      '---',
      "import Layout from '../layouts/Base.astro';",
      "const title = 'Report';",
      '---',
      '<Layout title={title}>',
      '  <script is:inline src="https://connect.facebook.net/en_US/fbevents.js"></script>',
      '  <script src="/scripts/quick-exit.js"></script>',
      '</Layout>',
    ].join('\n');
    expect(facts('src/pages/report.astro', text)).toEqual({
      detections: [['meta-pixel', 'load', 6, 3]],
      references: [
        ['imports', '../layouts/Base.astro', 2, 1],
        ['links-script', '/scripts/quick-exit.js', 7, 3],
      ],
      failed: undefined,
    });
  });

  it('token-scans a Svelte block that does not parse, and says so', () => {
    const text = "<p>Hello</p>\n<script>\n  fbq('track', 'Lead';\n  let x = ;\n</script>\n";
    const f = facts('src/routes/+page.svelte', text);
    expect(f.detections).toEqual([['meta-pixel', 'event', 3, 3]]);
    expect(f.failed).toBe(3);
  });

  it('skips data blocks and commented-out scripts', () => {
    const text = '<!-- <script>fbq("track", "Lead")</script> -->\n<script type="application/ld+json">{"fbq": 1}</script>\n<script context="module">export const prerender = true;</script>\n';
    expect(scriptBlocks('x.svelte', text).map((b) => text.slice(b.start, b.end))).toEqual(['export const prerender = true;']);
  });
});
