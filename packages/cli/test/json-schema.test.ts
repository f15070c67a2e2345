import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CHAIN_SITE, project } from './helpers/project.js';
import { run } from './helpers/run.js';

const schema = JSON.parse(readFileSync(new URL('../../../docs/output-json.schema.json', import.meta.url), 'utf8')) as object;

describe('json format follows docs/output-json.schema.json', () => {
  const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

  it('for findings, a clean scan, a reach chain and a parse failure', async () => {
    const broken = project({ ...CHAIN_SITE, 'js/broken.js': "fbq('init', '1'\n" });
    const outputs = [
      await run(['fixtures/police-site-static', '--format', 'json']),
      await run(['fixtures/police-site-static-fixed', '--format', 'json']),
      await run(['.', '--format', 'json'], { cwd: project(CHAIN_SITE) }),
      await run(['.', '--format', 'json'], { cwd: broken }),
    ];
    for (const { stdout } of outputs) {
      validate(JSON.parse(stdout));
      expect(validate.errors ?? []).toEqual([]);
    }
    const parseFailed = JSON.parse(outputs[3]!.stdout) as { files: Array<{ path: string; state: string; reason?: string }> };
    expect(parseFailed.files.find((f) => f.path === 'js/broken.js')).toMatchObject({ state: 'parse-failed', reason: expect.any(String) as unknown });
  });

  it('rejects a document that breaks the contract', () => {
    expect(validate({ version: 1, findings: [{ ruleId: 'x' }], files: [], summary: {} })).toBe(false);
  });
});
