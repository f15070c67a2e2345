import { isAbsolute, relative, resolve, sep } from 'node:path';
import { checkFile, detectInProgram, mayContainTracker, type Finding } from '@pixel-patrol/core';
import type { Rule, SourceCode } from 'eslint';
import { pageBlocks } from '../processors/page-blocks.js';
import { shiftLocation } from '../processors/shift-location.js';
import { projectFor, type PluginSettings, type ProjectLookup } from './project-cache.js';

type Failure = Extract<ProjectLookup, { ok: false }>;

/** A core finding and where to report it in the text ESLint linted (0-based columns, as ESLint's `loc`). */
export interface SourceFinding {
  finding: Finding;
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
}

type Checked = { ok: true; findings: SourceFinding[] } | Failure;

function toLoc(finding: Finding, origin?: { line: number; column: number }): SourceFinding {
  const d = origin ? shiftLocation(finding, origin, -1) : finding;
  return { finding, loc: { start: { line: d.line, column: d.column - 1 }, end: { line: d.endLine, column: d.endColumn - 1 } } };
}

/** `settings["pixel-patrol"]` of the ESLint config. */
function pluginSettings(settings: Record<string, unknown>): PluginSettings {
  const configFile = (settings['pixel-patrol'] as { configFile?: unknown } | undefined)?.configFile;
  return typeof configFile === 'string' ? { configFile } : {};
}

// Every plugin rule of one file shares one detection pass and one rules run.
const checked = new WeakMap<SourceCode, Checked>();

function check(context: Rule.RuleContext): Checked {
  const physical = isAbsolute(context.physicalFilename) ? context.physicalFilename : resolve(context.cwd, context.physicalFilename);
  const project = projectFor(physical, pluginSettings(context.settings), context.cwd);
  if (!project.ok) return project;
  const { model } = project;
  const file = relative(model.root, physical).split(sep).join('/');
  const origin = pageBlocks.originOf(physical, context.filename);
  if (origin) {
    // A page is checked whole by the core's own front end (consent gates, suppressions, content
    // included); each inline script then shows the findings that lie inside it.
    const page = origin.pageFindings((text) => checkFile(model, { file, text }));
    return { ok: true, findings: page.filter((f) => origin.contains(f.line, f.column)).map((f) => toLoc(f, origin)) };
  }
  // Blocks another processor extracts (code samples in Markdown) are not shipped code; the CLI skips them too.
  if (context.filename !== context.physicalFilename) return { ok: true, findings: [] };
  const text = context.sourceCode.text;
  // The tree ESLint parsed is the one the core detectors read: the file is parsed once.
  const detections = mayContainTracker(text) ? detectInProgram(context.sourceCode.ast, { file, code: text }) : [];
  return { ok: true, findings: checkFile(model, { file, text, detections }).map((f) => toLoc(f)) };
}

/**
 * The findings of one core rule in the file ESLint is linting, with the project's routes and
 * reach, located in ESLint's text (a page's block, or the whole file).
 */
export function checkSource(context: Rule.RuleContext, ruleId: string): Checked {
  let result = checked.get(context.sourceCode);
  if (!result) {
    result = check(context);
    checked.set(context.sourceCode, result);
  }
  return result.ok ? { ok: true, findings: result.findings.filter((f) => f.finding.ruleId === ruleId) } : result;
}
