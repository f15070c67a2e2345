import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
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

/** `git check-ignore` exits 0 for an ignored path and 1 for one that is not. */
function isIgnored(top: string, dir: string, option: string): boolean {
  const rel = relative(top, dir).split(sep).join('/');
  if (rel === '' || rel.startsWith('..')) return false;
  try {
    execFileSync('git', ['check-ignore', '-q', '--', `${rel}/`], { cwd: top, stdio: 'ignore' });
    return true;
  } catch (e) {
    if ((e as { status?: number }).status === 1) return false;
    throw new ConfigError(`${option}: git check-ignore failed for ${rel}: ${(e as Error).message}`);
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
  // Build output is usually git-ignored: git can never see a change in it, and a gate that
  // reports nothing there would pass by default.
  if (isIgnored(top, cwd, option)) {
    throw new ConfigError(`${option}: ${relative(top, cwd)} is ignored by git, so no change to it can be seen; scan the sources it is built from, or drop ${option}`);
  }
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
