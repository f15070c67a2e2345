import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, run } from './helpers/run.js';

interface Baseline {
  version: number;
  findings: Array<{ fingerprint: string; ruleId: string; file: string; tracker?: string; message: string }>;
}

function legacySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-baseline-'));
  cpSync(join(REPO, 'fixtures/police-site-static'), dir, { recursive: true });
  return dir;
}

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'pixel-patrol.baseline.json'), 'utf8')) as Baseline;

describe('--baseline / --update-baseline', () => {
  it('lets a legacy site adopt the gate: known findings pass, a new one fails', async () => {
    const dir = legacySite();
    const adopt = await run(['.', '--baseline', 'pixel-patrol.baseline.json', '--update-baseline'], { cwd: dir });
    expect(adopt).toEqual({ code: 0, stdout: '✔ No trackers on sensitive routes (11 files checked). 29 known findings accepted by the baseline.\n', stderr: '' });
    const baseline = read(dir);
    expect(baseline.version).toBe(1);
    expect(baseline.findings).toHaveLength(29);
    expect(baseline.findings.find((f) => f.ruleId === 'no-tracker-on-sensitive-route')).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      ruleId: 'no-tracker-on-sensitive-route',
      file: 'advice/stalking/index.html',
      tracker: 'meta-pixel',
      message: 'Meta Pixel is initialised with id 418273645501234 and runs on sensitive route /advice/stalking/ (sensitive.routes "/advice/**")',
    });

    expect((await run(['.', '--baseline', 'pixel-patrol.baseline.json'], { cwd: dir })).code).toBe(0);

    // Lines move (still accepted), and a new event is added on a sensitive page (not accepted).
    const page = join(dir, 'report/sexual-offence/index.html');
    const text = readFileSync(page, 'utf8');
    writeFileSync(page, text.replace('<head>', '<head>\n<!-- moved -->').replace('</body>', "<script>fbq('track', 'Lead');</script>\n</body>"));
    const gate = await run(['.', '--baseline', 'pixel-patrol.baseline.json', '--format', 'json'], { cwd: dir });
    expect(gate.code).toBe(1);
    const doc = JSON.parse(gate.stdout) as { findings: Array<{ file: string; message: string }>; summary: { baselined: number } };
    expect(doc.findings.map((f) => [f.file, f.message])).toEqual([
      ['report/sexual-offence/index.html', 'Meta Pixel sends event "Lead" and runs on sensitive route /report/sexual-offence/ (sensitive.routes "/report/**")'],
    ]);
    expect(doc.summary.baselined).toBe(29);
  });

  it('matches from another working directory and reports stale entries once findings are fixed', async () => {
    const dir = legacySite();
    await run(['.', '--baseline', 'pixel-patrol.baseline.json', '--update-baseline'], { cwd: dir });
    const outside = await run([dir, '--baseline', join(dir, 'pixel-patrol.baseline.json')], { cwd: tmpdir() });
    expect(outside.code).toBe(0);
    writeFileSync(join(dir, 'advice/stalking/index.html'), '<html><body>Stalking advice, no pixel</body></html>\n');
    const fixed = await run(['.', '--baseline', 'pixel-patrol.baseline.json'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe('pixel-patrol: 5 baseline entries no longer match findings; run with --update-baseline to drop them.\n');
    await run(['.', '--baseline', 'pixel-patrol.baseline.json', '--update-baseline'], { cwd: dir });
    expect(read(dir).findings).toHaveLength(24);
  });

  it('keeps entries outside the paths of a partial update', async () => {
    const dir = legacySite();
    await run(['.', '--baseline', 'pixel-patrol.baseline.json', '--update-baseline'], { cwd: dir });
    writeFileSync(join(dir, 'advice/stalking/index.html'), '<html><body>Stalking advice, no pixel</body></html>\n');
    await run(['report', '--baseline', 'pixel-patrol.baseline.json', '--update-baseline'], { cwd: dir });
    expect(read(dir).findings).toHaveLength(29);
    await run(['advice', '--baseline', 'pixel-patrol.baseline.json', '--update-baseline'], { cwd: dir });
    expect(read(dir).findings).toHaveLength(24);
  });

  it('exits 2 on a file that is not a baseline, naming it', async () => {
    const dir = legacySite();
    writeFileSync(join(dir, 'bad.json'), '{"version": 2}');
    expect(await run(['.', '--baseline', 'bad.json'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pixel-patrol: bad.json: not a pixel-patrol baseline (expected {"version": 1, "findings": [{"fingerprint": …, "file": …}]})\n',
    });
    writeFileSync(join(dir, 'broken.json'), '{');
    const broken = await run(['.', '--baseline', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^pixel-patrol: broken\.json: not valid JSON \(/);
  });
});
