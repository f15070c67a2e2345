import type { ResolvedConfig } from '../config/config.js';
import { sensitivePresets } from './presets/index.js';
import { patternsIntersect } from './route-pattern.js';

/** Why a route counts as sensitive. */
export interface SensitiveReason {
  source: 'config' | 'preset' | 'content';
  /** The glob that matched, or the content evidence. */
  match: string;
  /** `sensitive.routes`, `preset crime-reporting`, or the content signal. */
  origin: string;
}

export interface SensitivityModel {
  /** Reasons the pattern may serve a sensitive page; empty when it cannot. */
  reasonsFor(pattern: string): SensitiveReason[];
}

export function buildSensitivity(config: ResolvedConfig, contentEvidence: ReadonlyMap<string, SensitiveReason[]>): SensitivityModel {
  const globs: SensitiveReason[] = config.sensitive.routes.map((g) => ({ source: 'config', match: g, origin: 'sensitive.routes' }));
  for (const id of config.sensitive.presets) {
    const preset = sensitivePresets.find((p) => p.id === id);
    for (const g of preset?.routes ?? []) globs.push({ source: 'preset', match: g, origin: `preset ${id}` });
  }
  const cache = new Map<string, SensitiveReason[]>();
  return {
    reasonsFor(pattern) {
      const hit = cache.get(pattern);
      if (hit) return hit;
      const reasons = globs.filter((g) => patternsIntersect(g.match, pattern));
      reasons.push(...(contentEvidence.get(pattern) ?? []));
      cache.set(pattern, reasons);
      return reasons;
    },
  };
}
