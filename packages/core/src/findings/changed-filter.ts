import type { FindingDraft } from './finding.js';

/**
 * Keeps findings located in a changed file or whose reach chain passes through one, so a change
 * to a shared script flags the sensitive pages that load it. A change to a file that shapes the
 * whole model (the config, package.json, .gitignore) keeps everything: any finding may be new.
 */
export function changedFilter(changed: readonly string[] | undefined, wholeModel: readonly string[]): (f: FindingDraft) => boolean {
  if (changed === undefined || changed.some((c) => wholeModel.includes(c))) return () => true;
  const set = new Set(changed);
  return (f) => set.has(f.file) || (f.routes ?? []).some((r) => r.chain.some((c) => set.has(c.file)));
}
