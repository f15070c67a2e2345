import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ConfigError } from './config/config-error.js';
import { resolveConfig, type ResolvedConfig } from './config/config.js';
import { findConfigFile, loadConfig } from './config/load-config.js';
import type { Detection } from './detectors/detection.js';
import type { Reference } from './detectors/front-end.js';
import { analyzeFile } from './files/analyze-file.js';
import { compileGlob } from './files/compile-glob.js';
import { discoverFiles } from './files/discover.js';
import { fileKind } from './files/file-kind.js';
import type { FileRecord, FileState } from './files/file-record.js';
import { finalizeFindings } from './findings/finalize.js';
import type { Finding, FindingDraft } from './findings/finding.js';
import type { ReachEdge } from './reach/edge.js';
import { ReachGraph } from './reach/reach.js';
import { resolveReferences } from './reach/resolve.js';
import { routeMappers } from './routes/index.js';
import type { ProjectFiles, RouteEntry } from './routes/route.js';
import { rules } from './rules/index.js';
import type { RuleInput } from './rules/rule.js';
import { patternCovers } from './sensitivity/route-pattern.js';
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
  /** Millisecond clock for the per-file time budget (default: process CPU time; tests drive it). */
  clock?: () => number;
}

export interface RouteReport extends RouteEntry {
  sensitive: SensitiveReason[];
  trackers: string[];
}

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

  const tr0 = performance.now();
  files.push(...discovery.reported.map(({ path, state, reason }): FileRecord => ({ path, kind: fileKind(path), state, bytes: 0, detections: 0, reason })));
  for (const path of discovery.files) {
    const facts = await analyzeFile(root, path, config, options.clock, timings);
    files.push(facts.record);
    detections.push(...facts.detections);
    if (facts.references.length > 0) references.set(path, facts.references);
    if (facts.sensitiveContent.length > 0) contentByFile.set(path, facts.sensitiveContent);
  }
  timings.read_parse_detect = performance.now() - tr0;

  const project: ProjectFiles = { root, files: discovery.files, ...readPackageJson(root) };
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

  const { edges } = time('reach', () => resolveReferences(references, project));
  const graph = new ReachGraph(entries, edges);
  const contentEvidence = new Map<string, SensitiveReason[]>();
  if (config.sensitive.detectFromContent) {
    for (const e of entries) {
      const reasons = contentByFile.get(e.file);
      if (reasons) contentEvidence.set(e.pattern, [...(contentEvidence.get(e.pattern) ?? []), ...reasons]);
    }
  }
  const sensitivity = buildSensitivity(config, contentEvidence);
  const now = options.now ?? new Date();
  const displayPath = (file: string) => toPosix(relative(options.cwd, resolve(root, file)));
  const input: RuleInput = {
    config,
    detections,
    files,
    reach: (file) => graph.reach(file),
    sensitivity,
    allowed: (tracker, route) =>
      config.allow.find(
        (a) =>
          (a.tracker === tracker || a.tracker === '*') &&
          (a.expires === undefined || Date.parse(a.expires) >= now.getTime()) &&
          a.routes.some((g) => patternCovers(g, route)),
      ),
  };
  const drafts: FindingDraft[] = time('rules', () => rules.flatMap((r) => r.check(input)));
  const findings = finalizeFindings(drafts.filter(focusFilter(focus)).map((d) => ({ ...d, file: displayPath(d.file) })));

  const routes: RouteReport[] = entries
    .map((e) => ({ ...e, sensitive: sensitivity.reasonsFor(e.pattern), trackers: [] as string[] }))
    .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : a.file < b.file ? -1 : 1));
  const byKey = new Map(routes.map((r) => [`${r.pattern}\u0000${r.file}`, r]));
  for (const d of detections) {
    for (const reached of graph.reach(d.file).routes) {
      const r = byKey.get(`${reached.pattern}\u0000${reached.entry.file}`);
      if (r && !r.trackers.includes(d.tracker)) r.trackers.push(d.tracker);
    }
  }
  for (const r of routes) r.trackers.sort();

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
