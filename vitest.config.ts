import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  resolve: { conditions: ['source'] },
  test: {
    reporters: ['default', './scripts/closing-line-reporter.ts'],
    // Spawning the built CLI takes seconds when every engineer's suite shares two cores.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'core', root: root('./packages/core'), include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', root: root('./packages/cli'), include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'eslint-plugin', root: root('./packages/eslint-plugin'), include: ['test/**/*.test.ts'] } },
    ],
  },
});
