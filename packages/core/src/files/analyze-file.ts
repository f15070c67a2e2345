import { resolve } from 'node:path';
import { factsKey } from '../cache/facts-key.js';
import type { FactsStore } from '../cache/facts-store.js';
import { ConfigError } from '../config/config-error.js';
import type { ResolvedConfig } from '../config/config.js';
import type { Detection } from '../detectors/detection.js';
import type { FileFacts, FrontEnd, Reference } from '../detectors/front-end.js';
import { frontEnds } from '../detectors/index.js';
import { mayContainTracker } from '../detectors/prefilter.js';
import { tokenScan } from '../detectors/token-scan.js';
import { parseSuppressions, SUPPRESSION_DIRECTIVE, type Suppression } from '../findings/parse-suppressions.js';
import type { SensitiveReason } from '../sensitivity/sensitivity.js';
import { LineIndex } from '../source/line-index.js';
import { fileBudget, FileBudgetExceeded } from './file-budget.js';
import { fileKind, type FileKind } from './file-kind.js';
import type { FileRecord } from './file-record.js';
import { readSourceFile } from './read-file.js';
import { tokenScanLargeFile } from './token-scan-large-file.js';

/** What the pipeline keeps of one file: its record and facts, never its text. */
export interface AnalyzedFile {
  record: FileRecord;
  detections: Detection[];
  references: Reference[];
  sensitiveContent: SensitiveReason[];
  /** Names the file declares for references to find it (a GTM export's public id). */
  declares: string[];
  /** `pixel-patrol-disable-next-line` directives in the file. */
  suppressions: Suppression[];
}

export interface AnalyzeFileOptions {
  /** Millisecond clock for the time budget (default: process CPU time). */
  clock?: () => number;
  timings?: Record<string, number>;
  /**
   * Reuses front-end facts of an unchanged file; `keyPrefix` carries config and version. In a
   * worker thread the store is in the main thread, so a lookup answers later.
   */
  factsStore?: Pick<FactsStore, 'set'> & { get(key: string): FileFacts | undefined | Promise<FileFacts | undefined> };
  keyPrefix?: string;
}

/** Page code: tracker-shaped text in it is reported even when it cannot be parsed. */
const PAGE_CODE = new Set<FileKind>(['html', 'script', 'template']);

/**
 * Reads one discovered file and gives it exactly one final state. Whatever happens inside a
 * front end (a syntax error, a stack overflow on absurd nesting, a bug, the time budget running
 * out) ends as `parse-failed` with a token scan, never as a crash or a silent skip.
 */
export async function analyzeFile(
  root: string,
  path: string,
  config: ResolvedConfig,
  options: AnalyzeFileOptions = {},
): Promise<AnalyzedFile> {
  const { clock, timings = {}, factsStore, keyPrefix = '' } = options;
  const kind = fileKind(path);
  const record: FileRecord = { path, kind, state: 'scanned', bytes: 0, detections: 0 };
  const out: AnalyzedFile = { record, detections: [], references: [], sensitiveContent: [], declares: [], suppressions: [] };
  if (kind === 'binary') {
    record.state = 'skipped-as-binary';
    record.reason = 'binary file type';
    return out;
  }
  const abs = resolve(root, path);
  const read = await readSourceFile(abs, config.maxFileSize, kind !== 'text');
  record.bytes = read.bytes;
  if (!read.ok) {
    record.state = read.state;
    record.reason = read.reason;
    if (read.state === 'too-large') {
      try {
        keepTokens(out, await tokenScanLargeFile(abs, path));
      } catch (e) {
        record.state = 'unreadable';
        record.reason = `too large to parse, and could not be token-scanned (${(e as Error).message})`;
      }
    }
    return finish(out);
  }
  const lines = new LineIndex(read.text);
  let frontEnd: FrontEnd | undefined;
  let failure: string | undefined;
  try {
    // Inside the try: a front end may sniff the text to decide, and sniffing can throw too.
    frontEnd = frontEnds.find((f) => f.accepts(path, read.text));
    if (frontEnd) {
      const reader = frontEnd;
      if (read.text.includes(SUPPRESSION_DIRECTIVE)) out.suppressions = parseSuppressions(path, lines);
      const key = factsStore && factsKey(keyPrefix, reader.id, path, read.text);
      const cached = key === undefined ? undefined : await factsStore?.get(key);
      if (cached) useFacts(out, cached);
      else {
        const t0 = performance.now();
        try {
          fileBudget.run(config.fileTimeBudgetMs, clock, () => {
            const facts = reader.analyze({ path, lines });
            useFacts(out, facts);
            if (key !== undefined) factsStore?.set(key, facts);
          });
        } finally {
          timings[`detect:${reader.id}`] = (timings[`detect:${reader.id}`] ?? 0) + performance.now() - t0;
        }
      }
    } else if (PAGE_CODE.has(kind)) {
      out.detections = tokenScan(path, lines);
      record.reason = `no front end reads .${path.slice(path.lastIndexOf('.') + 1)} files: token-scanned`;
    } else if (mayContainTracker(read.text)) keepTokens(out, tokenScan(path, lines));
  } catch (e) {
    // An input the user must fix (a broken GTM export) stops the run with exit 2.
    if (e instanceof ConfigError) throw e;
    failure = e instanceof FileBudgetExceeded ? e.message : `${frontEnd?.id ?? 'token'} front end failed: ${(e as Error).message}`;
  }
  if (failure !== undefined) {
    Object.assign(record, { state: 'parse-failed', reason: failure, line: 1, column: 1 });
    out.detections = tokenScan(path, lines);
    out.references = [];
    out.sensitiveContent = [];
  }
  return finish(out);
}

function useFacts(out: AnalyzedFile, facts: FileFacts): void {
  if (facts.failed) {
    Object.assign(out.record, { state: 'parse-failed', reason: facts.failed.message, line: facts.failed.line, column: facts.failed.column });
  }
  out.detections = facts.detections;
  out.references = facts.references;
  out.sensitiveContent = facts.sensitiveContent ?? [];
  out.declares = facts.declares ?? [];
}

/** Token-scan results count for page code; elsewhere (docs, styles, data) they are only noted. */
function keepTokens(out: AnalyzedFile, found: Detection[]): void {
  const { record } = out;
  if (PAGE_CODE.has(record.kind)) {
    out.detections = found;
    return;
  }
  const first = found[0];
  if (!first) return;
  const note = `${found.length} tracker-shaped token(s) not reported: not page code (first at ${first.loc.line}:${first.loc.column}: ${first.evidence.slice(0, 80)})`;
  record.reason = record.reason ? `${record.reason}; ${note}` : note;
}

/**
 * Copies every string the pipeline keeps: a detection's evidence is often a slice of the file
 * text, and a V8 sliced string keeps its whole parent alive, so without this a large tree would
 * stay in memory until the run ends.
 */
function printable(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c < 0x20 || c === 0x7f ? `\\x${c.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

function finish(out: AnalyzedFile): AnalyzedFile {
  const kept = JSON.parse(JSON.stringify(out)) as AnalyzedFile;
  kept.record.detections = kept.detections.length;
  // Parser messages quote the offending character; a NUL or escape code must not reach a terminal.
  if (kept.record.reason) kept.record.reason = printable(kept.record.reason);
  return kept;
}
