import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  resolve: { conditions: ['source'] },
  test: {
    reporters: ['default', './scripts/closing-line-reporter.ts'],
    // Generous: CLI tests spawn real processes and the machine may be busy; no test asserts timing.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'bench', root: root('./bench'), include: ['test/**/*.test.js'] } },
      { extends: true, test: { name: 'core', root: root('./packages/core'), include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', root: root('./packages/cli'), include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'eslint-plugin', root: root('./packages/eslint-plugin'), include: ['test/**/*.test.ts'] } },
    ],
  },
});
