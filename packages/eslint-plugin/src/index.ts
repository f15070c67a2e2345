import type { ESLint, Linter } from 'eslint';
import { html } from './processors/html.js';
import { rules } from './rules/index.js';

interface PixelPatrolPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  processors: { html: Linter.Processor };
  configs: { recommended: Linter.Config[] };
}

const plugin: PixelPatrolPlugin = {
  meta: { name: '@pixel-patrol/eslint-plugin', version: '0.1.0' },
  rules,
  processors: { html },
  configs: { recommended: [] },
};

// The config refers to the plugin object itself, so it is filled in once the object exists.
plugin.configs.recommended.push(
  {
    name: 'pixel-patrol/recommended',
    plugins: { 'pixel-patrol': plugin },
    rules: {
      'pixel-patrol/no-automatic-event-capture': 'error',
      'pixel-patrol/no-sensitive-data-in-tracker-event': 'error',
      'pixel-patrol/no-tracker-on-sensitive-route': 'error',
      'pixel-patrol/suppression-without-reason': 'warn',
      'pixel-patrol/unused-suppression': 'warn',
    },
  },
  {
    name: 'pixel-patrol/html',
    files: ['**/*.html', '**/*.htm', '**/*.xhtml', '**/*.shtml'],
    processor: 'pixel-patrol/html',
  },
);

export default plugin;
