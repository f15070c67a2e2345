import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CHAIN_SITE, project } from './helpers/project.js';
import { REPO, run } from './helpers/run.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }>;
  partialFingerprints: Record<string, string>;
  properties: { tracker?: string; activation?: string; routes: string[]; certainty?: string };
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string; properties: Record<string, unknown> }> } }; results: SarifResult[] }>;
}

// Both are CommonJS with `exports.default`, which is what NodeNext types a default import as.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
const schema = JSON.parse(readFileSync(new URL('./schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;

async function sarifFor(path: string, cwd = REPO): Promise<SarifLog> {
  const { stdout, code } = await run(['scan', path, '--format', 'sarif'], { cwd });
  expect(code).toBeLessThan(2);
  return JSON.parse(stdout) as SarifLog;
}

describe('sarif', () => {
  // The published schema has a language-tag pattern that is invalid in unicode mode.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the SARIF 2.1.0 schema, for findings and for a clean scan', async () => {
    for (const fixture of ['police-site-static', 'police-site-static-fixed']) {
      const log = await sarifFor(`fixtures/${fixture}`);
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('links every rule to its page under docs/rules/, which exists', async () => {
    const log = await sarifFor('fixtures/police-site-static-fixed');
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toContain('unused-suppression');
    for (const rule of rules) {
      const path = /\/blob\/main\/(docs\/rules\/[\w-]+\.md)$/.exec(rule.helpUri)?.[1];
      expect(path).toBe(`docs/rules/${rule.id}.md`);
      expect(existsSync(join(REPO, path!))).toBe(true);
    }
  });

  it('points at each step of the reach chain with relatedLocations', async () => {
    const log = await sarifFor('.', project(CHAIN_SITE));
    expect(validate(log)).toBe(true);
    const result = (log.runs[0]!.results as Array<SarifResult & { relatedLocations: unknown }>).find((r) => r.ruleId === 'no-tracker-on-sensitive-route');
    expect(result!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('js/pixel.js');
    expect(result!.message.text).toBe(
      'Meta Pixel is initialised with id 418273645501234 and runs on sensitive route /report/ (sensitive.routes "/report/**"). Reach: js/pixel.js ← report/index.html (page /report/)',
    );
    expect(result!.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'loaded by <script src> in report/index.html' },
        physicalLocation: { artifactLocation: { uri: 'report/index.html', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1 } },
      },
    ]);
  });

  it('catches an invalid log (the validator is really checking)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
  });

  it('has one run, rules with help links and security-severity, and relative uris', async () => {
    const log = await sarifFor('fixtures/police-site-static');
    expect(log.runs).toHaveLength(1);
    const [run0] = log.runs;
    const rule = run0!.tool.driver.rules.find((r) => r.id === 'no-tracker-on-sensitive-route')!;
    expect(rule.helpUri).toMatch(/\/docs\/rules\/no-tracker-on-sensitive-route\.md$/);
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(run0!.results).toHaveLength(29);
    const first = run0!.results.find((r) => r.message.text.startsWith('Meta Pixel sends event "ReportDomesticAbuse"'))!;
    expect(first.level).toBe('error');
    expect(run0!.tool.driver.rules[first.ruleIndex]!.id).toBe(first.ruleId);
    expect(first.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/police-site-static/report/domestic-abuse/index.html', uriBaseId: '%SRCROOT%' },
      region: { startLine: 36, startColumn: 7, endLine: 36, endColumn: 81 },
    });
    expect(first.properties).toEqual({ tracker: 'meta-pixel', activation: 'event', routes: ['/report/domestic-abuse/'], certainty: 'certain' });
  });

  it('keeps partialFingerprints when lines move, and from another working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-sarif-'));
    cpSync(join(REPO, 'fixtures/police-site-static'), dir, { recursive: true });
    const before = await sarifFor('.', dir);
    const page = join(dir, 'report/domestic-abuse/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<head>', '<head>\n\n\n<!-- three lines moved -->'));
    const after = await sarifFor('.', dir);
    const key = (r: SarifResult) => r.partialFingerprints['pixelPatrolFingerprint/v1'];
    const lines = (log: SarifLog) => log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine);
    expect(lines(after)).not.toEqual(lines(before));
    expect(after.runs[0]!.results.map(key).sort()).toEqual(before.runs[0]!.results.map(key).sort());
    const fromRepo = await sarifFor('fixtures/police-site-static');
    expect(fromRepo.runs[0]!.results.map(key).sort()).toEqual(before.runs[0]!.results.map(key).sort());
  });
});

describe('sarif file states', () => {
  it('lists every discovered file with its state in the run invocation', async () => {
    const log = (await sarifFor('fixtures/police-site-static')) as unknown as {
      runs: Array<{ invocations: Array<{ executionSuccessful: boolean; properties: { fileStates: Record<string, number>; files: Array<{ path: string; state: string }> } }> }>;
    };
    const invocation = log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.properties.fileStates.scanned).toBe(11);
    expect(invocation.properties.files).toHaveLength(11);
    expect(invocation.properties.files).toContainEqual({ path: 'fixtures/police-site-static/gtm/GTM-NSP7Q2K.json', state: 'scanned' });
  });
});
