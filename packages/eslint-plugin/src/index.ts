import type { ESLint } from 'eslint';

const plugin = {
  meta: { name: '@pixel-patrol/eslint-plugin', version: '0.1.0' },
  rules: {},
  configs: {},
} satisfies ESLint.Plugin;

export default plugin;
