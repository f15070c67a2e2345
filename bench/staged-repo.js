// The `--staged` benchmark's repository: a generated tree of ~5k tracked files, committed, with one
// component edited and staged, as a pre-commit hook would find it.
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITED_COMPONENT, editOneComponent } from './edit-one-component.js';
import { generate } from './generate.js';

/** Scale 5 of the generator: ~4.9k source files. */
export const STAGED_SCALE = 5;

/**
 * Generates the tree into `dir` and commits it. Build output (`dist/`, the minified bundles) is
 * git-ignored as in a real source repository: a pre-commit hook runs on sources. Returns the
 * number and bytes of tracked files and a function that edits and stages one component.
 */
export function makeStagedRepo(dir, { seed }) {
  generate(dir, { scale: STAGED_SCALE, seed });
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist/\n');
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'generated tree');
  const tracked = git('ls-files', '-z').split('\0').filter(Boolean);
  const bytes = tracked.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return {
    files: tracked.length,
    bytes,
    stageOneChange: () => {
      editOneComponent(dir);
      git('add', '--', EDITED_COMPONENT);
      return git('diff', '--cached', '--name-only').trim().split('\n');
    },
  };
}
