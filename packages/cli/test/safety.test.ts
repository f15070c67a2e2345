import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@pixel-patrol/cli';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(REPO, 'packages/cli/dist/bin.js');
const SITE = 'fixtures/police-site-static';
/** Spawned processes share two cores with everything else; this bounds a hang, it times nothing. */
const SLOW = 60_000;

function write(root: string, files: ReadonlyArray<readonly [string, string]>): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

async function runMain(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

describe('the scan needs no network', () => {
  const normal = () => spawnSync(process.execPath, [BIN, SITE, '--format', 'json'], { cwd: REPO, encoding: 'utf8' });

  it('gives the same report in a network namespace with no interfaces (unshare --net)', () => {
    const probe = spawnSync('unshare', ['--net', process.execPath, '-e', "require('net').connect(80, '1.1.1.1').on('error', (e) => console.log(e.code))"], { encoding: 'utf8' });
    expect(probe.error).toBeUndefined();
    expect(probe.stdout.trim()).toBe('ENETUNREACH');
    const cut = spawnSync('unshare', ['--net', process.execPath, BIN, SITE, '--format', 'json'], { cwd: REPO, encoding: 'utf8' });
    const base = normal();
    expect(cut.stderr).toBe('');
    expect(cut.status).toBe(1);
    expect(cut.stdout).toBe(base.stdout);
  }, SLOW);

  it('gives the same report when every network module throws on use (preload)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-nonet-'));
    const preload = join(dir, 'no-network.mjs');
    writeFileSync(
      preload,
      [
        "import { syncBuiltinESMExports } from 'node:module';",
        "for (const name of ['net', 'tls', 'http', 'https', 'http2', 'dns', 'dgram', 'child_process']) {",
        '  const mod = await import(`node:${name}`);',
        '  for (const key of Object.keys(mod.default)) {',
        "    if (typeof mod.default[key] !== 'function' || /^[A-Z]/.test(key)) continue; // classes and getter-only exports stay",
        '    mod.default[key] = () => { throw new Error(`network used: ${name}.${key}`); };',
        '  }',
        '}',
        'syncBuiltinESMExports();',
        "globalThis.fetch = () => { throw new Error('network used: fetch'); };",
      ].join('\n'),
    );
    const probe = spawnSync(process.execPath, ['--import', preload, '-e', "require('dns').lookup('example.org', () => {})"], { encoding: 'utf8' });
    expect(probe.stderr).toContain('network used: dns.lookup');
    const cut = spawnSync(process.execPath, ['--import', preload, BIN, SITE, '--format', 'json'], { cwd: REPO, encoding: 'utf8' });
    expect(cut.stderr).toBe('');
    expect(cut.status).toBe(1);
    expect(cut.stdout).toBe(normal().stdout);
  }, SLOW);
});

describe('nothing in the scanned tree is executed, imported or required', () => {
  it('scans a tree full of code that would leave a mark if it ran', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-noexec-'));
    const mark = (name: string) => `require('fs').writeFileSync(${JSON.stringify(join(root, `RAN-${name}`))}, '1');`;
    write(root, [
      ['pixel-patrol.config.json', '{"sensitive": {"routes": ["/**"]}}'],
      ['pixel-patrol.config.js', mark('config-js')],
      ['pixel-patrol.config.mjs', `import fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(join(root, 'RAN-config-mjs'))}, '1');`],
      ['.pixelpatrolrc.cjs', mark('rc')],
      ['package.json', JSON.stringify({ name: 'x', main: 'index.js', scripts: { prepare: 'touch RAN-script', test: 'touch RAN-script' } })],
      ['index.js', `${mark('main')}\nfbq('track', 'Lead');\n`],
      ['lib/pixel.ts', `${mark('ts')}\nexport {};\n`],
      ['page.html', `<script>${mark('inline')}</script><img src=x onerror="${mark('handler').replace(/"/g, '&quot;')}">`],
    ]);
    const { code, stderr } = await runMain(['scan', '.', '--format', 'json'], root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(readdirSync(root).filter((f) => f.startsWith('RAN-'))).toEqual([]);
  });
});

describe('output is deterministic', () => {
  const tree: Array<readonly [string, string]> = [
    ['pixel-patrol.config.json', '{"sensitive": {"routes": ["/report/**"]}, "ignore": ["drafts/**"]}'],
    ['index.html', '<script src="/js/tags.js"></script>'],
    ['report/index.html', '<script>fbq("init", "1"); fbq("track", "Lead");</script>'],
    ['report/form/index.html', '<script src="https://connect.facebook.net/en_US/fbevents.js"></script>'],
    ['js/tags.js', "fbq('track', 'PageView');\nttq.track('ViewContent');\n"],
    ['js/broken.js', "fbq('track', 'Lead'"],
    ['views/page.php', '<script src="https://connect.facebook.net/en_US/fbevents.js"></script>'],
    ['drafts/x.html', '<script>fbq("init", "2")</script>'],
    ['img/logo.png', 'PNG'],
    ['docs/notes.md', 'https://connect.facebook.net/en_US/fbevents.js'],
  ];

  it('gives byte-identical JSON for the same tree written to disk in two different orders', async () => {
    const a = mkdtempSync(join(tmpdir(), 'pp-order-a-'));
    const b = mkdtempSync(join(tmpdir(), 'pp-order-b-'));
    write(a, tree);
    write(b, [...tree].reverse());
    for (const root of [a, b]) symlinkSync('report', join(root, 'report-alias'));
    const first = await runMain(['scan', '.', '--format', 'json'], a);
    const second = await runMain(['scan', '.', '--format', 'json'], b);
    expect(first.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expect((await runMain(['scan', '.', '--format', 'json'], a)).stdout).toBe(first.stdout);
    expect(existsSync(join(a, 'report-alias/index.html'))).toBe(true);
    const files = (JSON.parse(first.stdout) as { files: Array<{ path: string; state: string }> }).files;
    expect(files.map((f) => `${f.path} ${f.state}`)).toEqual([
      'docs/notes.md scanned',
      'drafts/x.html skipped-by-config',
      'img/logo.png skipped-as-binary',
      'index.html scanned',
      'js/broken.js parse-failed',
      'js/tags.js scanned',
      'pixel-patrol.config.json scanned',
      'report-alias/form/index.html scanned',
      'report-alias/index.html scanned',
      'report/form/index.html scanned',
      'report/index.html scanned',
      'views/page.php scanned',
    ]);
  });
});
