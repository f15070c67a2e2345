import { LineIndex } from '@pixel-patrol/core';
import type { Linter } from 'eslint';
import { lintableScripts } from './lintable-scripts.js';
import { pageBlocks } from './page-blocks.js';
import { shiftLocation } from './shift-location.js';

interface Shift {
  line: number;
  column: number;
  offset: number;
}

type Fix = { range: [number, number]; text: string };

const shifts = new Map<string, Shift[]>();

function toPage<T extends { line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }>(m: T, s: Shift): T {
  const moved = shiftLocation({ line: m.line, column: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column }, s, 1);
  return { ...m, line: moved.line, column: moved.column, ...(m.endLine !== undefined ? { endLine: moved.endLine, endColumn: moved.endColumn } : {}) };
}

function shiftFix(fix: Fix, s: Shift): Fix {
  return { ...fix, range: [fix.range[0] + s.offset, fix.range[1] + s.offset] };
}

/**
 * Lints the inline JavaScript of HTML pages (`<script>` bodies and `on*` handlers) through ESLint's
 * public processor API; messages, fixes and suggestions are moved back to their place in the page.
 */
export const html: Linter.Processor = {
  meta: { name: 'pixel-patrol/html' },
  supportsAutofix: true,
  preprocess(text, filename) {
    const lines = new LineIndex(text);
    const blocks = lintableScripts(lines);
    pageBlocks.remember(
      filename,
      text,
      blocks.map((b) => {
        const end = lines.position(b.offset + b.text.length);
        return { line: b.line, column: b.column, endLine: end.line, endColumn: end.column };
      }),
    );
    shifts.set(filename, blocks.map((b) => ({ line: b.line, column: b.column, offset: b.offset })));
    return blocks.map((b, i) => ({ text: b.text, filename: `${i}.js` }));
  },
  postprocess(messages, filename) {
    const list = shifts.get(filename) ?? [];
    shifts.delete(filename);
    pageBlocks.forget(filename);
    return messages.flatMap((block, i) => {
      const s = list[i];
      if (!s) return block;
      return block.map((m) => ({
        ...toPage(m, s),
        ...(m.fix ? { fix: shiftFix(m.fix, s) } : {}),
        ...(m.suggestions ? { suggestions: m.suggestions.map((sg) => ({ ...sg, fix: shiftFix(sg.fix, s) })) } : {}),
      }));
    });
  },
};
