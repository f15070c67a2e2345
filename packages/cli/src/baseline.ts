import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ConfigError, type Finding } from '@pixel-patrol/core';
import { writeReportFile } from './write-file.js';

/** One accepted finding. Only `fingerprint` matters; the rest lets a reviewer read the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  tracker?: string;
  message: string;
}

/** `--baseline FILE` (docs/baseline.md): findings a legacy site accepts while it fixes them. */
export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

function isBaseline(v: unknown): v is Baseline {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Partial<Baseline>;
  return b.version === 1 && Array.isArray(b.findings) && b.findings.every((e) => typeof e?.fingerprint === 'string' && typeof e.file === 'string');
}

export function readBaseline(cwd: string, file: string): Baseline {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new ConfigError(`baseline file not found: ${file} (create it with --update-baseline)`, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`, file);
  }
  if (!isBaseline(parsed)) throw new ConfigError(`${file}: not a pixel-patrol baseline (expected {"version": 1, "findings": [{"fingerprint": …, "file": …}]})`, file);
  return parsed;
}

/** Splits findings into new ones and ones the baseline accepts; `stale` entries match nothing any more. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { findings: Finding[]; baselined: number; stale: number } {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const kept = findings.filter((f) => !known.has(f.fingerprint));
  const matched = new Set(findings.map((f) => f.fingerprint));
  return { findings: kept, baselined: findings.length - kept.length, stale: baseline.findings.filter((e) => !matched.has(e.fingerprint)).length };
}

/**
 * Writes every current finding. Entries for files outside the scanned paths are kept, so updating
 * from a partial scan does not forget the rest of the site.
 */
export function writeBaseline(cwd: string, file: string, findings: readonly Finding[], scannedPaths: readonly string[]): void {
  const path = resolve(cwd, file);
  const base = dirname(path);
  const toBase = (cwdRelative: string) => relative(base, resolve(cwd, cwdRelative)).split(sep).join('/');
  const scanned = scannedPaths.map((p) => resolve(cwd, p));
  const inScan = (entryFile: string) => {
    const abs = resolve(base, entryFile);
    return scanned.some((s) => abs === s || abs.startsWith(`${s}${sep}`));
  };
  const current = findings.map((f): BaselineEntry => ({
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    file: toBase(f.file),
    ...(f.tracker !== undefined ? { tracker: f.tracker } : {}),
    message: f.message,
  }));
  const written = new Set(current.map((e) => e.fingerprint));
  const previous = existsSync(path) ? readBaseline(cwd, file).findings.filter((e) => !inScan(e.file) && !written.has(e.fingerprint)) : [];
  const key = (e: BaselineEntry) => [e.file, e.ruleId, e.message, e.fingerprint].join('\u0000');
  // Sorted without line numbers, so an update after lines move gives no diff.
  const entries = [...previous, ...current].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const doc: Baseline = { version: 1, findings: entries };
  writeReportFile(path, `${JSON.stringify(doc, null, 2)}\n`, '--baseline');
}
