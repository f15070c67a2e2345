import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyze, type Finding } from '@pixel-patrol/core';

export const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));

/** The part of a finding that `expected-findings.json` pins down. */
export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  tracker?: string;
  routes?: string[];
}

export function summarize(f: Finding): ExpectedFinding {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    ruleId: f.ruleId,
    severity: f.severity,
    ...(f.tracker ? { tracker: f.tracker } : {}),
    ...(f.routes ? { routes: f.routes.map((r) => r.route) } : {}),
  };
}

/** Every fixture folder with an `expected-findings.json`. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, 'expected-findings.json')))
    .sort();
}

export function expectedFor(name: string): ExpectedFinding[] {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected-findings.json'), 'utf8')) as ExpectedFinding[];
}

export async function actualFor(name: string): Promise<ExpectedFinding[]> {
  const result = await analyze({ cwd: join(FIXTURES, name), paths: ['.'], now: new Date('2026-11-29T00:00:00Z') });
  return result.findings.map(summarize);
}
