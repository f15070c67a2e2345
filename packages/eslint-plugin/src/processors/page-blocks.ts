import { basename } from 'node:path';
import type { Finding } from '@pixel-patrol/core';
import type { Span } from './shift-location.js';

/** Where one block of a page sits in it, and the page it came from. */
export interface BlockOrigin {
  /** 1-based line and column of the block's first character in the page. */
  line: number;
  column: number;
  /** Whether a page position lies inside this block. */
  contains(line: number, column: number): boolean;
  /** The page's findings: computed by the first block that asks, shared by the others. */
  pageFindings(compute: (pageText: string) => Finding[]): Finding[];
}

interface Page {
  text: string;
  blocks: Span[];
  findings?: Finding[];
}

const pages = new Map<string, Page>();

function before(l1: number, c1: number, l2: number, c2: number): boolean {
  return l1 < l2 || (l1 === l2 && c1 <= c2);
}

/**
 * What the HTML processor extracted from each page it is processing: filled in `preprocess`,
 * read by the rules while ESLint lints the page's blocks, dropped in `postprocess`.
 */
export const pageBlocks = {
  remember(physical: string, text: string, blocks: Span[]): void {
    pages.set(physical, { text, blocks });
  },
  forget(physical: string): void {
    pages.delete(physical);
  },
  /** The origin of a virtual block file (`page.html/2.js`); `undefined` when it is not one of ours. */
  originOf(physical: string, virtual: string): BlockOrigin | undefined {
    if (virtual === physical) return undefined;
    const page = pages.get(physical);
    const block = page?.blocks[Number.parseInt(basename(virtual), 10)];
    if (!page || !block) return undefined;
    return {
      line: block.line,
      column: block.column,
      contains: (line, column) => before(block.line, block.column, line, column) && before(line, column, block.endLine, block.endColumn),
      pageFindings(compute) {
        page.findings ??= compute(page.text);
        return page.findings;
      },
    };
  },
};
