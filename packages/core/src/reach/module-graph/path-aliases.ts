import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'jsonc-parser';
import type { ProjectFiles } from '../../routes/route.js';

/** `@/*` → `src/*`: a specifier prefix and the project paths it may stand for (`*` carried over). */
export interface PathAlias {
  pattern: string;
  targets: string[];
}

/** Aliases frameworks set up without any config file: Next/Vue `@/`, Nuxt `~/`, SvelteKit `$lib`. */
const FRAMEWORK_ALIASES: readonly PathAlias[] = [
  { pattern: '@/*', targets: ['src/*', '*'] },
  { pattern: '~/*', targets: ['src/*', 'app/*', '*'] },
  { pattern: '~~/*', targets: ['*'] },
  { pattern: '@@/*', targets: ['*'] },
  { pattern: '$lib/*', targets: ['src/lib/*'] },
  { pattern: '$lib', targets: ['src/lib'] },
];

function readJsonc(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const value: unknown = parse(readFileSync(file, 'utf8'), [], { allowTrailingComma: true });
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The project's path aliases, most specific first: tsconfig/jsconfig `compilerOptions.paths`,
 * package.json `imports` (`#lib/*`), then framework defaults.
 */
export function pathAliases(project: ProjectFiles): PathAlias[] {
  const aliases: PathAlias[] = [];
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const options = readJsonc(join(project.root, name))?.compilerOptions as { baseUrl?: string; paths?: Record<string, unknown> } | undefined;
    const base = options?.baseUrl ?? '.';
    for (const [pattern, targets] of Object.entries(options?.paths ?? {})) {
      aliases.push({ pattern, targets: strings(targets).map((t) => posix.normalize(posix.join(base, t))) });
    }
  }
  for (const [pattern, targets] of Object.entries(project.packageJson?.imports ?? {})) {
    aliases.push({ pattern, targets: strings(targets).map((t) => posix.normalize(t)) });
  }
  aliases.push(...FRAMEWORK_ALIASES);
  return aliases.sort((a, b) => b.pattern.indexOf('*') - a.pattern.indexOf('*') || b.pattern.length - a.pattern.length);
}
