import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { findConfigFile, projectModel, resolveConfig, type ProjectModel } from '@pixel-patrol/core';
import { analyzeSync } from './analyze-sync.js';

/** `settings["pixel-patrol"]` in the ESLint config. */
export interface PluginSettings {
  /** The `pixel-patrol.config.json` to use, instead of looking upward from each file. */
  configFile?: string;
}

export type ProjectLookup = { ok: true; model: ProjectModel } | { ok: false; configFile: string; message: string };

interface Entry {
  lookup: ProjectLookup;
  /** When the analysis started: files changed after it are newer than the model. */
  builtAt: number;
  checkedAt: number;
  /** mtimes of the config file and of every folder holding a project file. */
  stamps: Map<string, number>;
}

/** How long a validated model is trusted before its folders are stat'ed again. */
const RECHECK_MS = 1000;
const entries = new Map<string, Entry>();
const configByDir = new Map<string, { file: string | undefined; at: number }>();

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function configFor(file: string, settings: PluginSettings, cwd: string, now: number): string | undefined {
  if (settings.configFile) return isAbsolute(settings.configFile) ? settings.configFile : resolve(cwd, settings.configFile);
  const dir = dirname(file);
  const hit = configByDir.get(dir);
  if (hit && now - hit.at < RECHECK_MS) return hit.file;
  const found = findConfigFile(dir);
  configByDir.set(dir, { file: found, at: now });
  return found;
}

function build(configFile: string): Entry {
  const builtAt = Date.now();
  const root = dirname(configFile);
  const reply = analyzeSync({ root, configFile });
  const lookup: ProjectLookup = reply.ok ? { ok: true, model: projectModel(reply.snapshot) } : { ok: false, configFile, message: reply.message };
  const dirs = new Set<string>([root]);
  if (reply.ok) for (const f of reply.snapshot.files) dirs.add(join(root, posix.dirname(f.path)));
  const stamps = new Map<string, number>([[configFile, mtime(configFile)]]);
  for (const d of dirs) stamps.set(d, mtime(d));
  return { lookup, builtAt, checkedAt: builtAt, stamps };
}

function stale(entry: Entry, file: string, now: number): boolean {
  // A linted file saved after the analysis may have changed its imports or links: rebuild.
  if (mtime(file) > entry.builtAt) return true;
  if (now - entry.checkedAt < RECHECK_MS) return false;
  entry.checkedAt = now;
  for (const [path, stamp] of entry.stamps) if (mtime(path) !== stamp) return true;
  return false;
}

const defaults = new Map<string, ProjectModel>();

/** A project without a config file: no sensitive routes, every file's reach unknown. */
function unconfigured(dir: string): ProjectModel {
  let model = defaults.get(dir);
  if (!model) {
    model = projectModel({ root: dir, config: resolveConfig({}, null), files: [], routes: [], edges: [] });
    defaults.set(dir, model);
  }
  return model;
}

/**
 * The project model for a file, built once per process and project root and reused for every
 * file. It is rebuilt when the config file changes, when a project folder's mtime changes (a file
 * added, removed or renamed), or when the linted file itself was saved after the model was built.
 */
export function projectFor(file: string, settings: PluginSettings, cwd: string): ProjectLookup {
  const now = Date.now();
  const configFile = configFor(file, settings, cwd, now);
  if (!configFile) return { ok: true, model: unconfigured(dirname(file)) };
  let entry = entries.get(configFile);
  if (!entry || stale(entry, file, now)) {
    entry = build(configFile);
    entries.set(configFile, entry);
  }
  return entry.lookup;
}
