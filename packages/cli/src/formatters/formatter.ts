import type { AnalysisResult, Finding } from '@pixel-patrol/core';

export interface FormatContext {
  cwd: string;
  color: boolean;
  result: AnalysisResult;
  /** Texts of the files that have findings, keyed by `Finding.file`, for code frames. */
  sources?: ReadonlyMap<string, string>;
  /** How many findings a baseline file accepted (they are not in `findings`). */
  baselined?: number;
  /** How many warnings and infos `--quiet` left out of `findings`. */
  hidden?: number;
}

/** A formatter is a pure function: findings in, text out, no I/O. */
export type Formatter = (findings: readonly Finding[], context: FormatContext) => string;
