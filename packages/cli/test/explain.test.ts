import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleIds } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

describe('pixel-patrol explain', () => {
  it('prints the rule’s documentation page without the generator markers', async () => {
    const run = await runCli(['explain', 'parse-error'], REPO);
    expect(run.code).toBe(0);
    const page = readFileSync(join(REPO, 'docs/rules/parse-error.md'), 'utf8');
    const prose = page.split('\n').filter((l) => /^[A-Z]/.test(l));
    expect(run.stdout.startsWith('parse-error\n\n> A file could not be parsed; it was token-scanned instead')).toBe(true);
    expect(run.stdout).not.toContain('generated header');
    expect(run.stdout).toContain('\nWhy\n');
    for (const line of prose) expect(run.stdout).toContain(line);
  });

  it('knows every rule', async () => {
    for (const id of ruleIds) expect((await runCli(['explain', id], REPO)).code).toBe(0);
  });

  it('exits 2 on an unknown rule with a suggestion', async () => {
    expect(await runCli(['explain', 'no-tracker-on-sensitve-route'], REPO)).toEqual({
      code: 2,
      stdout: '',
      stderr: `pixel-patrol: unknown rule "no-tracker-on-sensitve-route" (did you mean "no-tracker-on-sensitive-route"?); rules: ${[...ruleIds].sort().join(', ')}\n`,
    });
    expect((await runCli(['explain'], REPO)).code).toBe(2);
  });

  it('works from the built CLI outside the repository', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'packages/cli/dist/bin.js'), 'explain', 'no-tracker-on-sensitive-route'], { cwd: tmpdir(), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('An advertising, social, session-replay or analytics tracker runs on a sensitive page.');
    expect(run.stdout).toContain('    <!-- report/index.html, with "sensitive": { "routes": ["/report/**"] } -->');
  });
});
