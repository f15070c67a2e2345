import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as runHelper } from './helpers/run.js';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

function run(argv: string[], cwd = REPO) {
  return runHelper(argv, { cwd });
}

describe('pixel-patrol scan', () => {
  it('reports the Meta Pixel on the police site’s sensitive pages and exits 1', async () => {
    const { code, stdout, stderr } = await run(['scan', 'fixtures/police-site-static']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('fixtures/police-site-static/report/domestic-abuse/index.html');
    expect(stdout).toContain(
      '  36:7  error  Meta Pixel sends event "ReportDomesticAbuse" and runs on sensitive route /report/domestic-abuse/ (sensitive.routes "/report/**")  no-tracker-on-sensitive-route',
    );
    expect(stdout).toContain('      reach: report/domestic-abuse/index.html (page /report/domestic-abuse/)');
    expect(stdout).not.toContain('careers/index.html');
    expect(stdout).not.toContain('contact/index.html');
    expect(stdout).toContain('✖ 29 problems (29 errors, 0 warnings)');
  });

  it('makes scan the default command', async () => {
    const a = await run(['fixtures/police-site-static']);
    const b = await run(['scan', 'fixtures/police-site-static']);
    expect(a).toEqual(b);
  });

  it('passes the fixed twin with exit 0', async () => {
    const { code, stdout } = await run(['fixtures/police-site-static-fixed']);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ No trackers on sensitive routes (10 files checked).\n');
  });

  it('writes stable JSON', async () => {
    const { code, stdout } = await run(['fixtures/police-site-static', '--format', 'json']);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as { version: number; findings: Array<{ fingerprint: string; file: string }>; summary: { errors: number } };
    expect(doc.version).toBe(1);
    expect(doc.summary.errors).toBe(29);
    expect(new Set(doc.findings.map((f) => f.fingerprint)).size).toBe(29);
    expect((await run(['fixtures/police-site-static', '--format', 'json'])).stdout).toBe(stdout);
  });

  it('exits 2 on a missing path, naming it', async () => {
    expect(await run(['scan', 'fixtures/no-such-site'])).toEqual({ code: 2, stdout: '', stderr: 'pixel-patrol: path not found: fixtures/no-such-site\n' });
  });

  it('exits 2 on bad arguments, naming them', async () => {
    const unknown = await run(['scan', '--formt', 'json', 'fixtures/police-site-static']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown argument: formt');
    const badFormat = await run(['scan', '--format', 'xml', 'fixtures/police-site-static']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Invalid values:');
    expect(badFormat.stderr).toContain('Argument: format, Given: "xml"');
  });

  it('exits 2 on an invalid config, naming the file and key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-cli-'));
    writeFileSync(join(dir, 'index.html'), '<html><head></head></html>');
    writeFileSync(join(dir, 'pixel-patrol.config.json'), '{"sensitive": {"routes": [1]}}');
    const { code, stderr } = await run(['scan', dir]);
    expect(code).toBe(2);
    expect(stderr).toBe(`pixel-patrol: ${join(dir, 'pixel-patrol.config.json')}:1:27: "sensitive.routes[0]" must be string\n`);
  });

  it('runs as a real process from the built bin', { timeout: 30_000 }, () => {
    const bin = join(REPO, 'packages/cli/dist/bin.js');
    const ok = spawnSync(process.execPath, [bin, 'fixtures/police-site-static-fixed'], { cwd: REPO, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'scan', 'fixtures/police-site-static', '--format', 'json'], { cwd: REPO, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect((JSON.parse(bad.stdout) as { findings: unknown[] }).findings).toHaveLength(29);
  });

  it('gives the same report with worker threads (--threads 2) as without (--threads 0)', { timeout: 60_000 }, () => {
    const bin = join(REPO, 'packages/cli/dist/bin.js');
    const scan = (threads: string) => spawnSync(process.execPath, [bin, 'scan', 'fixtures/police-site-static', '--format', 'json', '--threads', threads], { cwd: REPO, encoding: 'utf8' });
    const without = scan('0');
    const workers = scan('2');
    expect(without.status).toBe(1);
    expect(workers.status).toBe(1);
    expect(workers.stderr).toBe('');
    expect(workers.stdout).toBe(without.stdout);
  });

  it('exits 2 on a --threads that is not a whole number of 0 or more', async () => {
    for (const bad of ['-1', '1.5']) {
      const run1 = await run(['scan', 'fixtures/police-site-static', '--threads', bad]);
      expect(run1.code).toBe(2);
      expect(run1.stderr).toBe(`pixel-patrol: --threads must be a whole number of 0 or more, got ${bad}\n`);
    }
  });
});
