import type { Detection } from '../detectors/detection.js';
import { frontEnds } from '../detectors/index.js';
import { finalizeFindings } from '../findings/finalize.js';
import type { Finding } from '../findings/finding.js';
import { parseSuppressions, SUPPRESSION_DIRECTIVE } from '../findings/parse-suppressions.js';
import { createRuleInput } from '../rules/create-rule-input.js';
import { rules } from '../rules/index.js';
import { runRules } from '../rules/run-rules.js';
import { LineIndex } from '../source/line-index.js';
import type { ProjectModel } from './project-model.js';

export interface FileCheck {
  /** Project-relative posix path. */
  file: string;
  /** The file's current text (an editor buffer may be unsaved). */
  text: string;
  /**
   * Detections an editor already found in its own tree of `text`; without them the core front
   * end that reads the file on a scan reads `text`.
   */
  detections?: readonly Detection[];
  /** Today, for `allow[].expires`. */
  now?: Date;
}

/**
 * The findings `analyze()` gives for one file, from its current text and a project model: the
 * same front end, rules and inline suppressions. Rules about file states (unreadable, unparsed)
 * and the config file stay silent; an editor reports those itself.
 */
export function checkFile(model: ProjectModel, check: FileCheck): Finding[] {
  if (model.record(check.file)?.state === 'skipped-by-config') return [];
  const hasDirective = check.text.includes(SUPPRESSION_DIRECTIVE);
  const lines = new LineIndex(check.text);
  const detections = (check.detections ?? frontEnds.find((f) => f.accepts(check.file, check.text))?.analyze({ path: check.file, lines }).detections ?? []).filter(
    (d) => d.file === check.file,
  );
  if (detections.length === 0 && !hasDirective) return [];
  const input = createRuleInput({
    config: model.config,
    detections,
    files: [],
    reach: model.reach,
    sensitivity: model.sensitivity,
    now: check.now ?? new Date(),
    suppressions: hasDirective ? parseSuppressions(check.file, lines) : [],
  });
  return finalizeFindings(runRules(rules, input).filter((f) => f.file === check.file));
}
