import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, WARNINGS_SITE } from './helpers/project.js';
import { run } from './helpers/run.js';

describe('exit codes and gate options', () => {
  it('0: clean', async () => {
    expect((await run(['fixtures/police-site-static-fixed'])).code).toBe(0);
  });

  it('0: warnings within --max-warnings (and with no limit)', async () => {
    const dir = project(WARNINGS_SITE);
    const unlimited = await run(['.'], { cwd: dir });
    expect(unlimited.code).toBe(0);
    expect(unlimited.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)');
    expect((await run(['.', '--max-warnings', '2'], { cwd: dir })).code).toBe(0);
  });

  it('1: more warnings than --max-warnings, saying so on stderr', async () => {
    const dir = project(WARNINGS_SITE);
    const r = await run(['.', '--max-warnings', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pixel-patrol: 2 warnings exceed --max-warnings 1.\n');
  });

  it('1: findings at error level', async () => {
    expect((await run(['fixtures/police-site-static'])).code).toBe(1);
  });

  it('2: usage errors (unknown option, bad format, bad --max-warnings, --update-baseline alone)', async () => {
    expect((await run(['--no-such-option', 'fixtures/police-site-static'])).code).toBe(2);
    expect((await run(['--format', 'pdf', 'fixtures/police-site-static'])).code).toBe(2);
    expect(await run(['--max-warnings', '1.5', 'fixtures/police-site-static'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pixel-patrol: --max-warnings must be a whole number, got 1.5\n',
    });
    expect(await run(['--update-baseline', 'fixtures/police-site-static'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pixel-patrol: --update-baseline needs --baseline FILE (the file to write)\n',
    });
  });

  it('2: config and input errors (missing config file, missing path, missing baseline)', async () => {
    expect(await run(['--config', 'nope.json', 'fixtures/police-site-static'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pixel-patrol: config file not found: nope.json\n',
    });
    expect((await run(['fixtures/nowhere'])).code).toBe(2);
    expect(await run(['--baseline', 'nope.baseline.json', 'fixtures/police-site-static'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pixel-patrol: baseline file not found: nope.baseline.json (create it with --update-baseline)\n',
    });
  });

  it('2: an --output-file that cannot be written, naming it', async () => {
    const dir = project(WARNINGS_SITE);
    const r = await run(['.', '--output-file', 'report'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `pixel-patrol: cannot write --output-file ${join(dir, 'report')}: EISDIR\n` });
  });

  it('--quiet prints errors only but still counts warnings against --max-warnings', async () => {
    const dir = project(WARNINGS_SITE);
    const quiet = await run(['.', '--quiet'], { cwd: dir });
    expect(quiet).toEqual({ code: 0, stdout: '✔ No errors (2 below error level not shown: --quiet).\n', stderr: '' });
    const strict = await run(['.', '--quiet', '--max-warnings', '0'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('pixel-patrol: 2 warnings exceed --max-warnings 0.\n');
    const errors = await run(['fixtures/police-site-static', '--quiet', '--format', 'json']);
    expect((JSON.parse(errors.stdout) as { findings: unknown[] }).findings).toHaveLength(29);
  });

  it('--output-file writes the report there and nothing to stdout, without colour', async () => {
    const dir = project(WARNINGS_SITE);
    const r = await run(['.', '--output-file', 'out/report.txt'], { cwd: dir, tty: true });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const text = readFileSync(join(dir, 'out/report.txt'), 'utf8');
    expect(text).toContain('  2:1  warning  Google Analytics is loaded and runs on sensitive route /report/');
    expect(text).not.toContain('\u001b[');
  });

  it('--color forces colour on a pipe, --no-color turns it off on a TTY, NO_COLOR is honoured', async () => {
    const dir = project(WARNINGS_SITE);
    const ESC = '\u001b[';
    expect((await run(['.', '--color'], { cwd: dir })).stdout).toContain(`${ESC}33mwarning`);
    expect((await run(['.'], { cwd: dir, tty: true })).stdout).toContain(ESC);
    expect((await run(['.', '--no-color'], { cwd: dir, tty: true })).stdout).not.toContain(ESC);
    expect((await run(['.'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['.'], { cwd: dir })).stdout).not.toContain(ESC);
    const file = await run(['.', '--color', '-o', 'colored.txt'], { cwd: dir });
    expect(file.stdout).toBe('');
    expect(readFileSync(join(dir, 'colored.txt'), 'utf8')).toContain(`${ESC}33mwarning`);
  });
});
