import { relative, sep } from 'node:path';
import { formatChain, patternCovers, ReachGraph, trackerById, type AnalysisResult, type SensitiveReason } from '@pixel-patrol/core';
import type { Inventory, InventoryReach, InventoryTracker } from './inventory.js';

const why = (reasons: readonly SensitiveReason[]) => reasons.map((s) => `${s.origin} "${s.match}"`);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups detections by tracker and follows each file with one to every route it runs on, one row
 * per file and route, so the evidence shows every way a tracker gets onto a page. Paths are
 * relative to the project root.
 */
export function buildInventory(result: AnalysisResult, cwd: string, now = new Date()): Inventory {
  const allowed = (tracker: string, route: string) =>
    result.config.allow.find(
      (a) => (a.tracker === tracker || a.tracker === '*') && (a.expires === undefined || Date.parse(a.expires) >= now.getTime()) && a.routes.some((g) => patternCovers(g, route)),
    )?.reason;
  const graph = new ReachGraph(result.routes, result.edges);
  const sensitivity = new Map(result.routes.map((r) => [r.pattern, r.sensitive]));
  const byTracker = new Map<string, InventoryTracker>();
  for (const d of result.detections) {
    const t = trackerById(d.tracker);
    let entry = byTracker.get(d.tracker);
    if (!entry) {
      entry = { id: d.tracker, name: t?.name ?? d.tracker, vendor: t?.vendor ?? 'unknown', category: t?.category ?? 'analytics', detections: [], routes: [] };
      byTracker.set(d.tracker, entry);
    }
    entry.detections.push({ file: d.file, line: d.loc.line, column: d.loc.column, kind: d.kind, certainty: d.certainty, evidence: d.evidence });
  }
  for (const [id, entry] of byTracker) {
    const reached: InventoryReach[] = [];
    const files = [...new Set(result.detections.filter((d) => d.tracker === id).map((d) => d.file))].sort();
    for (const file of files) {
      const reach = graph.reach(file);
      const row = (route: string, owner: string, sensitive: string[], proof: string): InventoryReach => {
        const reason = allowed(id, route);
        return { route, owner, sensitive, ...(reason === undefined ? {} : { allowed: reason }), proof };
      };
      if (reach.unknown) reached.push(row('/**', file, [], `${file} (no route is known for this file, so it is assumed to run site-wide)`));
      for (const r of reach.routes) reached.push(row(r.pattern, r.entry.file, why(sensitivity.get(r.pattern) ?? []), formatChain(r)));
    }
    entry.routes = reached.sort((a, b) => cmp(a.route, b.route) || cmp(a.owner, b.owner) || cmp(a.proof, b.proof));
    entry.detections.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.kind, b.kind));
  }
  return {
    version: 1,
    root: relative(cwd, result.root).split(sep).join('/') || '.',
    trackers: [...byTracker.values()].sort((a, b) => cmp(a.id, b.id)),
    routes: result.routes.map((r) => ({ route: r.pattern, owner: r.file, sensitive: why(r.sensitive), trackers: r.trackers })),
  };
}
