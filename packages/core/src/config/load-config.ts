import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { compileGlob } from '../files/compile-glob.js';
import { LineIndex } from '../source/line-index.js';
import { ruleIds } from '../rules/index.js';
import { sensitivePresets } from '../sensitivity/presets/index.js';
import { trackers } from '../trackers/index.js';
import { ConfigError } from './config-error.js';
import { resolveConfig, type ResolvedConfig, type UserConfig } from './config.js';
import { didYouMean } from './did-you-mean.js';
import { configSchema } from './schema.js';

export const CONFIG_FILE = 'pixel-patrol.config.json';

const validate = new Ajv({ allErrors: true, strict: true }).compile(configSchema);

/** Looks for `pixel-patrol.config.json` in `start` and its parents. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads, validates and resolves a config file. Throws `ConfigError` naming the file, key and line. */
export function loadConfig(file: string): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read config: ${(e as Error).message}`, file);
  }
  return parseConfig(text.replace(/^\uFEFF/, ''), file);
}

export function parseConfig(text: string, file: string): ResolvedConfig {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch (e) {
    // jsonc-parser recurses once per nesting level; absurd nesting is bad input, not a crash.
    if (e instanceof RangeError) throw new ConfigError(`${file}: invalid JSON (nested too deeply to read)`, file);
    throw e;
  }
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    const at = e ? lines.position(e.offset) : { line: 1, column: 1 };
    const what = e ? printParseErrorCode(e.error) : 'empty file';
    throw new ConfigError(`${file}:${at.line}:${at.column}: invalid JSON (${what})`, file);
  }
  const data: unknown = JSON.parse(text);
  if (!validate(data)) {
    throw new ConfigError(describe(validate.errors ?? [], tree, lines, file), file);
  }
  const user = data as UserConfig;
  semanticChecks(user, tree, lines, file);
  const resolved = resolveConfig(user, file);
  resolved.allow.forEach((a, i) => {
    const node = a.expires === undefined ? undefined : findNodeAtLocation(tree, ['allow', i, 'expires']);
    if (node) resolved.allow[i] = { ...a, expiresAt: lines.position(node.parent?.offset ?? node.offset) };
  });
  return resolved;
}

function where(tree: JsonNode, lines: LineIndex, path: (string | number)[]): string {
  const node = findNodeAtLocation(tree, path);
  if (!node) return '';
  const p = lines.position(node.parent?.type === 'property' ? node.parent.offset : node.offset);
  return `:${p.line}:${p.column}`;
}

function pointer(path: (string | number)[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

function describe(errors: ErrorObject[], tree: JsonNode, lines: LineIndex, file: string): string {
  const messages = errors.map((err) => {
    const path = err.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    if (err.keyword === 'additionalProperties') {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(schemaAt(path));
      const hint = didYouMean(key, known);
      const full = [...path, key];
      return `${file}${where(tree, lines, full)}: unknown key "${pointer(full)}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
    }
    const expected = err.keyword === 'enum' ? `one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` : err.message;
    return `${file}${where(tree, lines, path)}: "${pointer(path)}" ${err.keyword === 'enum' ? `must be ${expected}` : expected}`;
  });
  return [...new Set(messages)].join('\n');
}

function schemaAt(path: (string | number)[]): Record<string, unknown> {
  let node: { properties?: Record<string, unknown>; items?: unknown } = configSchema;
  for (const seg of path) {
    const next = typeof seg === 'number' ? node.items : node.properties?.[seg];
    if (!next || typeof next !== 'object') return {};
    node = next;
  }
  return node.properties ?? {};
}

function semanticChecks(user: UserConfig, tree: JsonNode, lines: LineIndex, file: string): void {
  const problems: string[] = [];
  const trackerIds = trackers.map((t) => t.id);
  const presetIds = sensitivePresets.map((p) => p.id);
  const unknown = (path: (string | number)[], value: string, what: string, known: readonly string[]) => {
    const hint = didYouMean(value, known);
    problems.push(`${file}${where(tree, lines, path)}: "${pointer(path)}": unknown ${what} "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
  };
  user.sensitive?.presets?.forEach((p, i) => {
    if (!presetIds.includes(p)) unknown(['sensitive', 'presets', i], p, 'preset', presetIds);
  });
  user.allow?.forEach((a, i) => {
    if (a.tracker !== '*' && !trackerIds.includes(a.tracker)) unknown(['allow', i, 'tracker'], a.tracker, 'tracker', trackerIds);
    if (a.expires !== undefined && Number.isNaN(Date.parse(a.expires))) {
      problems.push(`${file}${where(tree, lines, ['allow', i, 'expires'])}: "${pointer(['allow', i, 'expires'])}": not a real date "${a.expires}"`);
    }
  });
  for (const id of Object.keys(user.rules ?? {})) {
    if (!ruleIds.includes(id)) unknown(['rules', id], id, 'rule', ruleIds);
  }
  const globs: Array<[(string | number)[], string]> = [
    ...(user.sensitive?.routes ?? []).map((g, i): [(string | number)[], string] => [['sensitive', 'routes', i], g]),
    ...(user.allow ?? []).flatMap((a, i) => a.routes.map((g, j): [(string | number)[], string] => [['allow', i, 'routes', j], g])),
    ...(user.routes ?? []).map((r, i): [(string | number)[], string] => [['routes', i, 'files'], r.files]),
  ];
  for (const [path, glob] of globs) {
    try {
      compileGlob(glob);
    } catch (e) {
      problems.push(`${file}${where(tree, lines, path)}: "${pointer(path)}": glob ${(e as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), file);
}
