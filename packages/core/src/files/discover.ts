import { readdirSync, type Dirent } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { FileState } from './file-record.js';

/** Folders never entered: dependencies and VCS data are not the site's own code. */
export const ALWAYS_IGNORED = ['node_modules', '.git'];

/** An entry listed without being read: it already has its final state. */
export interface ReportedEntry {
  path: string;
  state: Extract<FileState, 'unreadable' | 'scanned'>;
  reason: string;
}

export interface Discovery {
  /** Files to analyse, relative to the root, posix separators, sorted. */
  files: string[];
  /** Files present but excluded by `ignore` globs or `.gitignore`. */
  ignored: string[];
  /** Special files, broken or looping links, links out of the root, unreadable folders. */
  reported: ReportedEntry[];
}

interface Dir {
  rel: string;
  real: string;
}

/**
 * Lists every entry under `root` with its own iterative walk (no recursion, no globbing library)
 * because symlinks need a decision each: tinyglobby drops them silently. A link to a file inside
 * the root is analysed at the link's path (it may be a page there); a link to a folder inside the
 * root is followed once unless it points at one of its own ancestors; a link out of the root is
 * reported, never followed.
 */
export async function discoverFiles(root: string, ignoreGlobs: readonly string[]): Promise<Discovery> {
  const matcher = await ignoreMatcher(root, ignoreGlobs);
  const out: Discovery = { files: [], ignored: [], reported: [] };
  const realRoot = await realpath(root);
  const followed = new Set<string>();
  const stack: Dir[] = [{ rel: '', real: realRoot }];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      // Synchronous: the walk lists one folder at a time anyway, and a tree of thousands of small
      // folders spends more on thread-pool round trips than on listing them.
      entries = readdirSync(join(root, dir.rel), { withFileTypes: true });
    } catch (e) {
      out.reported.push({ path: `${dir.rel || '.'}/`, state: 'unreadable', reason: `folder cannot be listed (${errorCode(e)})` });
      continue;
    }
    // Sorted, and folders visited in name order, so which of two links to one folder is followed
    // does not depend on the file system's listing order.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: Dir[] = [];
    for (const entry of entries) {
      const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!ALWAYS_IGNORED.includes(entry.name)) subdirs.push({ rel, real: join(dir.real, entry.name) });
      } else if (entry.isFile()) {
        (ignores(matcher, rel) ? out.ignored : out.files).push(rel);
      } else if (entry.isSymbolicLink()) {
        if (ignores(matcher, rel)) out.ignored.push(rel);
        else await classifyLink(root, realRoot, dir, rel, followed, out, subdirs);
      } else {
        out.reported.push({ path: rel, state: 'unreadable', reason: `not a regular file (${specialKind(entry)})` });
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  out.files.sort();
  out.ignored.sort();
  out.reported.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}

async function classifyLink(root: string, realRoot: string, dir: Dir, rel: string, followed: Set<string>, out: Discovery, subdirs: Dir[]): Promise<void> {
  let target: string;
  try {
    target = await realpath(join(root, rel));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'broken symlink' : code === 'ELOOP' ? 'symlink loop' : `symlink cannot be resolved (${errorCode(e)})`;
    out.reported.push({ path: rel, state: 'unreadable', reason: why });
    return;
  }
  const inside = relative(realRoot, target);
  if (inside.startsWith('..') || inside === '..' || isAbsolutePath(inside)) {
    out.reported.push({ path: rel, state: 'unreadable', reason: `symlink to ${target}, outside the project root: not followed` });
    return;
  }
  const shown = inside.split(sep).join('/') || '.';
  let isDir: boolean;
  try {
    isDir = (await stat(target)).isDirectory();
  } catch (e) {
    out.reported.push({ path: rel, state: 'unreadable', reason: `symlink target cannot be read (${errorCode(e)})` });
    return;
  }
  if (!isDir) {
    out.files.push(rel);
    return;
  }
  if (dir.real === target || dir.real.startsWith(`${target}${sep}`)) {
    out.reported.push({ path: rel, state: 'scanned', reason: `symlink loop to ${shown}/ (an ancestor): not followed; its files are listed at their real paths` });
  } else if (followed.has(target)) {
    out.reported.push({ path: rel, state: 'scanned', reason: `symlink to ${shown}/, already followed through another link: its files are listed there` });
  } else {
    followed.add(target);
    subdirs.push({ rel, real: target });
  }
}

async function ignoreMatcher(root: string, ignoreGlobs: readonly string[]): Promise<Ignore> {
  const matcher = ignore();
  try {
    matcher.add(await readFile(join(root, '.gitignore'), 'utf8'));
  } catch {
    // No .gitignore (or none readable): only the config's globs apply.
  }
  return matcher.add([...ignoreGlobs]);
}

/** `ignore` throws on names it cannot read as relative paths (a file called `...`): those are kept. */
function ignores(matcher: Ignore, rel: string): boolean {
  try {
    return matcher.ignores(rel);
  } catch {
    return false;
  }
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:/.test(p);
}

function specialKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'named pipe';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  return 'unknown type';
}

function errorCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? String(e);
}
