import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** A copy of a fixture without its config, as a site would be before `init`. */
function unconfigured(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-init-'));
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  rmSync(join(dir, 'pixel-patrol.config.json'));
  rmSync(join(dir, 'expected-findings.json'));
  return dir;
}

describe('pixel-patrol init', () => {
  it('writes a valid config with $schema, the matching presets and the sensitive routes found, and says why', async () => {
    const dir = unconfigured('police-site-static');
    const run = await runCli(['init'], dir);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Wrote pixel-patrol.config.json',
        '  framework: none recognised (static files)',
        '  output folders: none found',
        '  static pages served from: ./',
        '  routes: 7 mapped by static-output',
        '  presets: crime-reporting (matches 3 routes), abuse-and-violence (matches 1 route)',
        '  sensitive routes:',
        '    /report/  preset crime-reporting "/report/**"',
        '    /report/domestic-abuse/  preset abuse-and-violence "/report/domestic-abuse/**"',
        '    /report/sexual-offence/  preset crime-reporting "/report/**"',
        '  sensitive by content (found again on every scan):',
        "    /advice/stalking/  title is about 'stalking' [abuse-and-violence] (advice/stalking/index.html:5)",
        "    /report/  title is about 'report a crime' [crime-reporting] (report/index.html:5)",
        "    /report/domestic-abuse/  title is about 'domestic abuse' [abuse-and-violence] (report/domestic-abuse/index.html:5)",
        "    /report/sexual-offence/  title is about 'sexual offence' [abuse-and-violence] (report/sexual-offence/index.html:5)",
        'Review the sensitive routes, then run "pixel-patrol scan".',
        '',
      ].join('\n'),
    });
    const file = join(dir, 'pixel-patrol.config.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      $schema: './node_modules/@pixel-patrol/core/schema/pixel-patrol.config.schema.json',
      sensitive: { presets: ['abuse-and-violence', 'crime-reporting'], routes: ['/report/', '/report/domestic-abuse/', '/report/sexual-offence/'] },
    });
    expect(loadConfig(file).sensitive.presets).toEqual(['abuse-and-violence', 'crime-reporting']);
    const scan = await runCli(['scan', '--format', 'json'], dir);
    expect(scan.code).toBe(1);
    expect((JSON.parse(scan.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file)).toContain('report/domestic-abuse/index.html');
  });

  it('refuses to overwrite a config unless forced', async () => {
    const dir = unconfigured('police-site-static');
    const file = join(dir, 'pixel-patrol.config.json');
    writeFileSync(file, '{}\n');
    expect(await runCli(['init'], dir)).toEqual({ code: 2, stdout: '', stderr: 'pixel-patrol: pixel-patrol.config.json already exists; use --force to overwrite it\n' });
    expect(readFileSync(file, 'utf8')).toBe('{}\n');
    expect((await runCli(['init', '--force'], dir)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"crime-reporting"');
  });

  it('detects the framework and output folder, and says when no preset matched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-init-'));
    writeFileSync(join(dir, 'package.json'), '{ "devDependencies": { "@11ty/eleventy": "3.1.2" } }\n');
    cpSync(join(FIXTURES, 'police-site-static/careers'), join(dir, '_site/careers'), { recursive: true });
    cpSync(join(FIXTURES, 'police-site-static/index.html'), join(dir, '_site/index.html'));
    const run = await runCli(['init', dir], FIXTURES);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(1)).toEqual([
      '  framework: Eleventy',
      '  output folders: _site/',
      '  static pages served from: _site/',
      '  routes: 2 mapped by static-output',
      '  presets: none matched',
      'No route matched a preset: list your sensitive pages in "sensitive.routes".',
      'Review the sensitive routes, then run "pixel-patrol scan".',
      '',
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'pixel-patrol.config.json'), 'utf8'))).toMatchObject({ sensitive: { presets: [], routes: [] } });
  });

  it('exits 2 on a missing folder', async () => {
    expect(await runCli(['init', 'no-such-dir'], FIXTURES)).toEqual({ code: 2, stdout: '', stderr: 'pixel-patrol: path not found: no-such-dir\n' });
    expect(existsSync(join(FIXTURES, 'no-such-dir'))).toBe(false);
  });
});
