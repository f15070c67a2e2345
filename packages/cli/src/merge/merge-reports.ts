import { compareFindings, ConfigError, type Finding } from '@pixel-patrol/core';

export type MergeFormat = 'json' | 'sarif';

export interface Report {
  file: string;
  text: string;
}

type Json = Record<string, unknown>;

interface SarifResult {
  ruleId?: string;
  level?: string;
  message?: { text?: string };
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }>;
}

function detectFormat(doc: Json): MergeFormat | undefined {
  if (Array.isArray(doc.runs)) return 'sarif';
  if (typeof doc.version === 'number' && Array.isArray(doc.findings)) return 'json';
  return undefined;
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sarifKey(r: SarifResult): [string, number, number, string, string] {
  const loc = r.locations?.[0]?.physicalLocation;
  return [loc?.artifactLocation?.uri ?? '', loc?.region?.startLine ?? 0, loc?.region?.startColumn ?? 0, r.ruleId ?? '', r.message?.text ?? ''];
}

function compareSarif(a: SarifResult, b: SarifResult): number {
  const ka = sarifKey(a);
  const kb = sarifKey(b);
  for (let i = 0; i < ka.length; i++) {
    const d = cmp(ka[i]!, kb[i]!);
    if (d !== 0) return d;
  }
  return 0;
}

/** Everything but the merged part must be the same in every shard, or they are not one scan. */
function assertSame(reports: Report[], docs: Json[], strip: (d: Json) => unknown): void {
  const first = JSON.stringify(strip(docs[0]!));
  docs.forEach((d, i) => {
    if (JSON.stringify(strip(d)) !== first) {
      throw new ConfigError(`${reports[i]!.file}: not a shard of the same scan as ${reports[0]!.file} (only findings may differ)`);
    }
  });
}

function noDuplicates<T>(items: T[], key: (t: T) => string): void {
  const seen = new Set<string>();
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) throw new ConfigError(`a finding appears in two inputs (${k.slice(0, 80)}): was a shard merged twice?`);
    seen.add(k);
  }
}

function mergeJson(reports: Report[], docs: Json[]): { doc: Json; findings: Finding[] } {
  assertSame(reports, docs, (d) => ({ ...d, findings: null, summary: { ...(d.summary as Json), errors: 0, warnings: 0, infos: 0 } }));
  const findings = docs.flatMap((d) => d.findings as Finding[]).sort(compareFindings);
  noDuplicates(findings, (f) => f.fingerprint);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const doc: Json = { ...docs[0]!, findings, summary: { ...(docs[0]!.summary as Json), errors: count('error'), warnings: count('warn'), infos: count('info') } };
  return { doc, findings };
}

function mergeSarif(reports: Report[], docs: Json[]): { doc: Json; errors: number; warnings: number } {
  const runsOf = (d: Json) => d.runs as Json[];
  assertSame(reports, docs, (d) => ({ ...d, runs: runsOf(d).map((r) => ({ ...r, results: null })) }));
  let errors = 0;
  let warnings = 0;
  const runs = runsOf(docs[0]!).map((run, k) => {
    const results = docs.flatMap((d) => (runsOf(d)[k]!.results as SarifResult[] | undefined) ?? []).sort(compareSarif);
    noDuplicates(results, (r) => JSON.stringify(r));
    errors += results.filter((r) => (r.level ?? 'warning') === 'error').length;
    warnings += results.filter((r) => (r.level ?? 'warning') === 'warning').length;
    return { ...run, results };
  });
  return { doc: { ...docs[0]!, runs }, errors, warnings };
}

/** Serialises like the input did (indent, final newline), so a merge reproduces the unsharded bytes. */
function serialise(doc: Json, like: string): string {
  const indent = /^\{\r?\n( +|\t+)"/.exec(like)?.[1] ?? '';
  return `${JSON.stringify(doc, null, indent)}${like.endsWith('\n') ? '\n' : ''}`;
}

/**
 * Merges the outputs of `scan --shard I/N` runs. Findings (JSON) or results (SARIF) are united and
 * sorted as an unsharded run sorts them; everything else must agree between the inputs.
 */
export function mergeReports(reports: Report[], format: MergeFormat | undefined): { text: string; format: MergeFormat; errors: number; warnings: number } {
  const docs = reports.map((r) => {
    try {
      const doc = JSON.parse(r.text) as unknown;
      if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) return doc as Json;
    } catch (e) {
      throw new ConfigError(`${r.file}: not JSON (${(e as Error).message})`);
    }
    throw new ConfigError(`${r.file}: not a pixel-patrol JSON or SARIF report`);
  });
  const formats = docs.map(detectFormat);
  const want = format ?? formats[0];
  formats.forEach((f, i) => {
    if (f === undefined) throw new ConfigError(`${reports[i]!.file}: not a pixel-patrol JSON or SARIF report`);
    if (f !== want) throw new ConfigError(`${reports[i]!.file}: is ${f}, expected ${want} (merge does not convert formats; scan each shard with --format ${want})`);
  });
  if (want === 'json') {
    const { doc, findings } = mergeJson(reports, docs);
    return { text: serialise(doc, reports[0]!.text), format: want, errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warn').length };
  }
  const { doc, errors, warnings } = mergeSarif(reports, docs);
  return { text: serialise(doc, reports[0]!.text), format: 'sarif', errors, warnings };
}
