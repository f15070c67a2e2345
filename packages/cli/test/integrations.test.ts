import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { git, gitSite } from './helpers/git-site.js';
import { runCli } from './helpers/run-cli.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(REPO, 'packages/cli/dist/bin.js');
const read = (file: string) => readFileSync(join(REPO, file), 'utf8');

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = read('.pre-commit-hooks.yaml');
  const entry = /^ {2}entry: (.+)$/m.exec(hooks)![1]!;
  const args = JSON.parse(/^ {2}args: (\[.+\])$/m.exec(hooks)![1]!.replace(/([\w-]+)/g, '"$1"')) as string[];

  it('runs the project’s pixel-patrol on staged changes only', async () => {
    expect(entry).toBe('npx --no-install pixel-patrol');
    expect(hooks).toContain('pass_filenames: false');
    const dir = gitSite();
    expect((await runCli(args, dir)).code).toBe(0);
    appendFileSync(join(dir, 'js/pixel.js'), "fbq('track', 'PageView');\n");
    expect((await runCli(args, dir)).code).toBe(0);
    git(dir, 'add', 'js/pixel.js');
    const blocked = await runCli(args, dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('      reach: js/pixel.js ← report/index.html (page /report/)');
  });
});

describe('block-the-deploy recipe (integrations/block-deploy.sh)', () => {
  const script = join(REPO, 'integrations/block-deploy.sh');
  const deploy = (site: string) =>
    spawnSync('sh', [script, site, join(gitSite(), 'report.json')], { cwd: REPO, encoding: 'utf8', env: { ...process.env, PIXEL_PATROL: `${process.execPath} ${BIN}` } });

  it('deploys a clean site, blocks one with findings and one it could not check', () => {
    const clean = deploy('fixtures/police-site-static-fixed');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('pixel-patrol: no trackers on sensitive pages; deploying.\n');
    const bad = deploy('fixtures/police-site-static');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('✖ 29 problems (29 errors, 0 warnings)');
    expect(bad.stderr).toMatch(/Deploy blocked: trackers reach sensitive pages \(report: .*report\.json\)\.\n$/);
    const missing = deploy('fixtures/not-built-yet');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Deploy blocked: pixel-patrol could not check the site (exit 2).');
  });
});

describe('CI templates', () => {
  // The GitHub Action and the GitLab job need their CI to run; what can be checked here is that
  // every scan option they pass exists.
  it('use only options that scan accepts', async () => {
    const help = (await runCli(['scan', '--help'], REPO)).stdout;
    for (const file of ['action.yml', 'integrations/gitlab/pixel-patrol.gitlab-ci.yml']) {
      const commands = read(file).split('\n').filter((l) => /\$PP scan /.test(l));
      expect(commands.length).toBeGreaterThan(0);
      for (const option of commands.flatMap((c) => c.match(/ --[a-z-]+/g) ?? [])) expect(help, `${file}: ${option}`).toContain(`${option.trim().replace(/^--no-/, '--')} `);
    }
  });
});
