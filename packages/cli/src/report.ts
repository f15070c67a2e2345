import { resolve } from 'node:path';
import type { AnalysisResult } from '@pixel-patrol/core';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.js';
import { formatters } from './formatters/index.js';
import { gate } from './gate.js';
import type { Io } from './main.js';
import { readSources } from './read-sources.js';
import { writeReportFile } from './write-file.js';

export interface ReportOptions {
  paths: string[];
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet: boolean;
  color?: boolean;
  baseline?: string;
  updateBaseline: boolean;
}

/** Baseline, then format and write the report; returns the exit code the findings call for. */
export function report(io: Io, options: ReportOptions, result: AnalysisResult): number {
  if (options.baseline && options.updateBaseline) writeBaseline(io.cwd, options.baseline, result.findings, options.paths);
  const accepted = options.baseline ? applyBaseline(result.findings, readBaseline(io.cwd, options.baseline)) : { findings: result.findings, baselined: 0, stale: 0 };
  const shown = options.quiet ? accepted.findings.filter((f) => f.severity === 'error') : accepted.findings;
  const toFile = options.outputFile !== undefined;
  const color = options.color ?? (!toFile && io.stdout.isTTY === true && io.env.NO_COLOR === undefined);
  const context = { cwd: io.cwd, color, result, sources: readSources(io.cwd, shown), baselined: accepted.baselined, hidden: accepted.findings.length - shown.length };
  const text = formatters[options.format]!(shown, context);
  if (toFile) writeReportFile(resolve(io.cwd, options.outputFile!), text, '--output-file');
  else io.stdout.write(text);
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (options.format === 'github' && summaryFile) writeReportFile(summaryFile, formatters.markdown!(shown, { ...context, color: false }), '$GITHUB_STEP_SUMMARY', true);
  if (accepted.stale === 1) io.stderr.write('pixel-patrol: 1 baseline entry no longer matches a finding; run with --update-baseline to drop it.\n');
  if (accepted.stale > 1) io.stderr.write(`pixel-patrol: ${accepted.stale} baseline entries no longer match findings; run with --update-baseline to drop them.\n`);
  const verdict = gate(accepted.findings, options.maxWarnings);
  if (verdict.tooManyWarnings) {
    const { warnings, max } = verdict.tooManyWarnings;
    io.stderr.write(`pixel-patrol: ${warnings} warning${warnings === 1 ? ' exceeds' : 's exceed'} --max-warnings ${max}.\n`);
  }
  return verdict.exitCode;
}
