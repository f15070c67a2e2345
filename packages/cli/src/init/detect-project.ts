import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworks } from './frameworks.js';

export interface ProjectShape {
  frameworks: string[];
  /** Build output folders present on disk, with a trailing slash. */
  outputs: string[];
}

function dependencies(dir: string): Set<string> {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: object; devDependencies?: object };
    return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  } catch {
    return new Set();
  }
}

/** Which frameworks the folder uses (package.json dependencies, tell-tale files) and which output folders exist. */
export function detectProject(dir: string): ProjectShape {
  const deps = dependencies(dir);
  const found = frameworks.filter((f) => (f.dependency !== undefined && deps.has(f.dependency)) || (f.file !== undefined && existsSync(join(dir, f.file))));
  const candidates = new Set([...found.flatMap((f) => (f.output ? [f.output] : [])), 'dist/', 'out/', '_site/', 'build/', 'public/', 'www/']);
  return {
    frameworks: found.map((f) => f.name),
    outputs: [...candidates].filter((o) => existsSync(join(dir, o))).sort(),
  };
}
