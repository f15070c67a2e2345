import type { AnalysisResult, Finding } from '@pixel-patrol/core';

export interface FormatContext {
  cwd: string;
  color: boolean;
  result: AnalysisResult;
}

/** A formatter is a pure function: findings in, text out, no I/O. */
export type Formatter = (findings: readonly Finding[], context: FormatContext) => string;
