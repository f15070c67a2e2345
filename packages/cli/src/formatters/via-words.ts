import type { FindingRoute } from '@pixel-patrol/core';

type EdgeKind = NonNullable<FindingRoute['chain'][number]['via']>;

/** How a chain link uses the previous one, in words: "loaded by <script src> in report/index.html". */
export const VIA_WORDS: Readonly<Record<EdgeKind, string>> = {
  imports: 'imported by',
  includes: 'included by',
  extends: 'extended by',
  'links-script': 'loaded by <script src> in',
  renders: 'rendered by',
  'source-map': 'bundled into',
  'loads-container': 'container loaded by',
};
