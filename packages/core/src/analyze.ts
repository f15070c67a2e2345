import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { factsKeyPrefix } from './cache/facts-key.js';
import type { FactsStore } from './cache/facts-store.js';
import { ConfigError } from './config/config-error.js';
import { resolveConfig, type ResolvedConfig } from './config/config.js';
import { findConfigFile, loadConfig } from './config/load-config.js';
import type { Detection } from './detectors/detection.js';
import type { Reference } from './detectors/front-end.js';
import { analyzeFiles } from './files/analyze-files.js';
import { compileGlob } from './files/compile-glob.js';
import { discoverFiles } from './files/discover.js';
import { fileKind } from './files/file-kind.js';
import type { FileRecord, FileState } from './files/file-record.js';
import { changedFilter } from './findings/changed-filter.js';
import { compareFindings, finalizeFindings } from './findings/finalize.js';
import type { Finding, FindingDraft } from './findings/finding.js';
import type { Suppression } from './findings/parse-suppressions.js';
import type { ReachEdge } from './reach/edge.js';
import { ReachGraph } from './reach/reach.js';
import { resolveReferences } from './reach/resolve.js';
import { routeMappers } from './routes/index.js';
import type { ProjectFiles, RouteEntry } from './routes/route.js';
import { routeReports, type RouteReport } from './routes/route-reports.js';
import { createRuleInput } from './rules/create-rule-input.js';
import { rules } from './rules/index.js';
import { runRules } from './rules/run-rules.js';
import { buildSensitivity, type SensitiveReason } from './sensitivity/sensitivity.js';

export interface AnalyzeOptions {
  /** Working directory: relative paths and displayed file names are resolved against it. */
  cwd: string;
  /** Files or folders to check (default `.`). The whole project around them is modelled. */
  paths?: string[];
  /** Explicit config file; otherwise `pixel-patrol.config.json` is looked up from the first path. */
  configFile?: string;
  /** An already resolved config (skips lookup). */
  config?: ResolvedConfig;
  /** Today's date for `allow[].expires` (tests pin it). */
  now?: Date;
  /**
   * Changed files (resolved like `paths`): only findings located in one, or whose reach chain
   * passes through one, are reported. The whole project is still modelled.
   */
  changedFiles?: string[];
  /**
   * Reuses front-end facts of files whose content, config and version are unchanged; with
   * `stamps`, also whole outcomes of files whose stat shows them unchanged, without reading them.
   */
  factsStore?: FactsStore;
  /** Called after each discovered file is handled. */
  onProgress?: (done: number, total: number) => void;
  /** Millisecond clock for the per-file time budget (default: process CPU time; tests drive it). */
  clock?: () => number;
  /**
   * Threads reading and analysing files: 0 or 1 for the calling thread only; default one per core
   * once the project is big enough to pay for starting workers. Results are the same either way.
   */
  threads?: number;
  /** The module each worker thread runs (tests substitute one; default: core's own). */
  workerModule?: URL;
}

export type { RouteReport } from './routes/route-reports.js';

export interface AnalysisStats {
  files: Record<FileState, number>;
  detections: number;
  findings: number;
  timings: Record<string, number>;
}

export interface AnalysisResult {
  /** Project root, absolute. */
  root: string;
  config: ResolvedConfig;
  findings: Finding[];
  detections: Detection[];
  files: FileRecord[];
  routes: RouteReport[];
  edges: ReachEdge[];
  stats: AnalysisStats;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function locateProject(options: AnalyzeOptions): { root: string; config: ResolvedConfig; focus: string[] } {
  const paths = (options.paths?.length ? options.paths : ['.']).map((p) => resolve(options.cwd, p));
  for (const p of paths) if (!existsSync(p)) throw new ConfigError(`path not found: ${relative(options.cwd, p) || p}`);
  const first = paths[0]!;
  const firstDir = statSync(first).isDirectory() ? first : dirname(first);
  let config = options.config;
  if (!config) {
    const file = options.configFile ? resolve(options.cwd, options.configFile) : findConfigFile(firstDir);
    if (options.configFile && !existsSync(file!)) throw new ConfigError(`config file not found: ${options.configFile}`, options.configFile);
    config = file ? loadConfig(file) : resolveConfig({}, null);
  }
  const root = config.file ? dirname(config.file) : firstDir;
  const focus = paths.map((p) => toPosix(relative(root, p)));
  return { root, config, focus };
}

/** The whole pipeline: files → parse → detect → reach → sensitivity → rules → findings. */
export async function analyze(options: AnalyzeOptions): Promise<AnalysisResult> {
  const timings: Record<string, number> = {};
  const time = <T>(phase: string, f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      timings[phase] = (timings[phase] ?? 0) + performance.now() - t0;
    }
  };
  const { root, config, focus } = locateProject(options);
  const t0 = performance.now();
  const discovery = await discoverFiles(root, config.ignore);
  timings.discover = performance.now() - t0;

  const files: FileRecord[] = discovery.ignored.map((path) => ({ path, kind: fileKind(path), state: 'skipped-by-config', bytes: 0, detections: 0, reason: 'ignored by .gitignore or config ignore' }));
  const detections: Detection[] = [];
  const references = new Map<string, Reference[]>();
  const contentByFile = new Map<string, SensitiveReason[]>();
  const declared = new Map<string, string[]>();
  const suppressions: Suppression[] = [];

  const tr0 = performance.now();
  const keyPrefix = options.factsStore ? factsKeyPrefix(config) : '';
  files.push(...discovery.reported.map(({ path, state, reason }): FileRecord => ({ path, kind: fileKind(path), state, bytes: 0, detections: 0, reason })));
  let done = 0;
  const perFile = { clock: options.clock, timings, factsStore: options.factsStore, keyPrefix, threads: options.threads, workerModule: options.workerModule };
  for await (const facts of analyzeFiles(root, discovery.files, config, perFile)) {
    const path = facts.record.path;
    options.onProgress?.(done++, discovery.files.length);
    files.push(facts.record);
    detections.push(...facts.detections);
    suppressions.push(...facts.suppressions);
    if (facts.references.length > 0) references.set(path, facts.references);
    if (facts.sensitiveContent.length > 0) contentByFile.set(path, facts.sensitiveContent);
    for (const name of facts.declares) declared.set(name, [...(declared.get(name) ?? []), path]);
  }
  options.onProgress?.(discovery.files.length, discovery.files.length);
  timings.read_parse_detect = performance.now() - tr0;

  const project: ProjectFiles = { root, files: discovery.files, declared, ...readPackageJson(root) };
  const entries: RouteEntry[] = time('routes', () => {
    const list = routeMappers.filter((m) => m.enabled(project)).flatMap((m) => m.map(project));
    for (const mapping of config.routes) {
      const isMatch = compileGlob(mapping.files);
      for (const f of discovery.files) {
        if (isMatch(f)) list.push({ file: f, pattern: mapping.route, role: 'page', mapper: 'config', reason: `config routes: "${mapping.files}" → ${mapping.route}` });
      }
    }
    return list;
  });

  const { edges, routes: mounted } = time('reach', () => resolveReferences(references, project));
  entries.push(...mounted);
  const graph = new ReachGraph(entries, edges);
  const contentEvidence = new Map<string, SensitiveReason[]>();
  if (config.sensitive.detectFromContent) {
    // A partial's content (a quick-exit button, a report form) is part of every page including it.
    for (const [file, reasons] of contentByFile) {
      for (const r of graph.reach(file).routes) contentEvidence.set(r.pattern, [...(contentEvidence.get(r.pattern) ?? []), ...reasons]);
    }
  }
  const sensitivity = buildSensitivity(config, contentEvidence);
  const now = options.now ?? new Date();
  const displayPath = (file: string) => toPosix(relative(options.cwd, resolve(root, file)));
  const input = createRuleInput({ config, detections, files, reach: (file) => graph.reach(file), sensitivity, now, suppressions });
  const drafts: FindingDraft[] = time('rules', () => runRules(rules, input));
  const changed = options.changedFiles?.map((p) => toPosix(relative(root, resolve(options.cwd, p))));
  const wholeModel = [config.file ? toPosix(relative(root, config.file)) : '', 'package.json', '.gitignore'];
  // Fingerprinted on project-relative paths before any focus, so a baseline matches whatever
  // directory or subset the scan runs on.
  const findings = finalizeFindings(drafts)
    .filter(focusFilter(focus))
    .filter(changedFilter(changed, wholeModel))
    .map((f) => ({ ...f, file: displayPath(f.file) }))
    .sort(compareFindings);

  const routes = routeReports(entries, detections, graph, sensitivity);

  const counts = { scanned: 0, 'skipped-by-config': 0, 'skipped-as-binary': 0, 'too-large': 0, unreadable: 0, 'parse-failed': 0 } as Record<FileState, number>;
  for (const f of files) counts[f.state]++;
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    root,
    config,
    findings,
    detections,
    files,
    routes,
    edges,
    stats: { files: counts, detections: detections.length, findings: findings.length, timings },
  };
}

function readPackageJson(root: string): Pick<ProjectFiles, 'packageJson'> {
  const file = resolve(root, 'package.json');
  if (!existsSync(file)) return {};
  try {
    return { packageJson: JSON.parse(readFileSync(file, 'utf8')) as ProjectFiles['packageJson'] };
  } catch {
    return {};
  }
}

/** Keeps findings located in, or whose reach chain passes through, one of the focus paths. */
function focusFilter(focus: string[]): (f: FindingDraft) => boolean {
  if (focus.some((f) => f === '' || f === '.')) return () => true;
  const under = (file: string) => focus.some((f) => file === f || file.startsWith(`${f}/`));
  return (f) => under(f.file) || (f.routes ?? []).some((r) => r.chain.some((c) => under(c.file)));
}
