import type { AnalysisResult } from '../analyze.js';
import type { ResolvedConfig } from '../config/config.js';
import type { FileRecord } from '../files/file-record.js';
import { ReachGraph, type Reach } from '../reach/reach.js';
import { buildSensitivity, type SensitiveReason, type SensitivityModel } from '../sensitivity/sensitivity.js';

/** The part of an analysis a per-file check needs: plain data, so it can cross a worker boundary. */
export type ProjectSnapshot = Pick<AnalysisResult, 'root' | 'config' | 'files' | 'routes' | 'edges'>;

/** Routes, reach and sensitivity of one project, queried file by file (the ESLint plugin's view). */
export interface ProjectModel {
  /** Project root, absolute. */
  root: string;
  config: ResolvedConfig;
  /** Which routes a project-relative file runs on, with the chains that prove it. */
  reach: (file: string) => Reach;
  sensitivity: SensitivityModel;
  /** The file's record in the analysis, if it was discovered. */
  record(file: string): FileRecord | undefined;
}

/** Rebuilds the reach graph and sensitivity model that `analyze()` used, from its plain result. */
export function projectModel(snapshot: ProjectSnapshot): ProjectModel {
  const graph = new ReachGraph(snapshot.routes, snapshot.edges);
  // A route report carries every reason its pattern has, content evidence included; the content
  // part is what `analyze()` gathered from pages and partials, so keep it once per pattern.
  const content = new Map<string, SensitiveReason[]>();
  for (const r of snapshot.routes) {
    const found = r.sensitive.filter((s) => s.source === 'content');
    if (!content.has(r.pattern) && found.length > 0) content.set(r.pattern, found);
  }
  const records = new Map(snapshot.files.map((f) => [f.path, f]));
  return {
    root: snapshot.root,
    config: snapshot.config,
    reach: (file) => graph.reach(file),
    sensitivity: buildSensitivity(snapshot.config, content),
    record: (file) => records.get(file),
  };
}
