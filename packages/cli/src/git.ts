import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ConfigError } from '@pixel-patrol/core';

export type ChangeSet = { staged: true } | { staged: false; ref: string };

function git(cwd: string, args: string[], what: string, hint = ''): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: string; code?: string; message: string };
    const detail = err.code === 'ENOENT' ? 'git is not installed' : (err.stderr?.trim() || 'no output').split('\n')[0];
    throw new ConfigError(`${what}: git ${args.join(' ')} failed: ${detail}${hint}`);
  }
}

function names(out: string): string[] {
  return out.split('\0').filter((s) => s !== '');
}

/**
 * Absolute paths of the files that differ. `--staged`: the index against HEAD. `--changed REF`:
 * the working tree (committed, uncommitted and untracked) against the merge base of REF and HEAD,
 * so on a branch only the branch's own changes count.
 */
export function changedFiles(cwd: string, changes: ChangeSet): string[] {
  const option = changes.staged ? '--staged' : '--changed';
  const top = git(cwd, ['rev-parse', '--show-toplevel'], option).trim();
  let listed: string[];
  if (changes.staged) {
    listed = names(git(top, ['diff', '--cached', '--name-only', '-z', '--no-renames'], option));
  } else {
    const hint = ' (is the ref fetched? a shallow CI clone needs the history down to the merge base, e.g. fetch-depth: 0)';
    const base = git(top, ['merge-base', changes.ref, 'HEAD'], `${option} ${changes.ref}`, hint).trim();
    listed = [
      ...names(git(top, ['diff', '--name-only', '-z', '--no-renames', base, '--'], option)),
      ...names(git(top, ['ls-files', '--others', '--exclude-standard', '-z'], option)),
    ];
  }
  return [...new Set(listed)].sort().map((p) => resolve(top, p));
}
