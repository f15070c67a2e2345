// Per-file time of the pixel-patrol rules on a generated 1,000-file static site with scripts.
//   node packages/eslint-plugin/bench/rule-timing.js [files]     (after `npx tsc -b`; KEEP_TREE=1 keeps the tree)
// Prints the median / p95 / max per-file rule time from ESLint's `stats`, the one file that paid
// for building the project model separately, then ESLint's own TIMING=1 table for the same tree.
// Not part of the test suite: timings depend on the machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '@pixel-patrol/eslint-plugin';

const total = Number(process.argv[2] ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'pp-eslint-bench-'));
const write = (file, text) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

// A deterministic tree: a quarter pages, the rest modules; one module in 25 calls the pixel.
const pages = Math.floor(total / 4);
const modules = total - pages - 2;
write('pixel-patrol.config.json', JSON.stringify({ sensitive: { routes: ['/report/**'] } }));
write('index.html', '<!DOCTYPE html><title>Home</title><script src="/js/m0.js"></script>');
write('js/pixel.js', "fbq('init', '771203948812345');\nfbq('track', 'PageView');\n");
for (let i = 0; i < pages; i++) {
  const section = i % 10 === 0 ? 'report' : `section-${i % 7}`;
  const scripts = [`/js/m${i % modules}.js`, `/js/m${(i * 7) % modules}.js`, ...(i % 5 === 0 ? ['/js/pixel.js'] : [])];
  write(`${section}/page-${i}/index.html`, `<!DOCTYPE html>\n<html><head><title>Page ${i}</title>\n${scripts.map((s) => `<script src="${s}"></script>`).join('\n')}\n<script>\n  document.title += ' | Council';\n</script>\n</head><body><h1>Page ${i}</h1></body></html>\n`);
}
for (let i = 0; i < modules; i++) {
  const ts = i % 6 === 0;
  const body = [
    `// Module ${i}: helpers for the page.`,
    ts ? `export function helper${i}(el: HTMLElement): number {` : `export function helper${i}(el) {`,
    '  const items = Array.from(el.querySelectorAll("li"));',
    '  return items.filter((x) => x.textContent && x.textContent.length > 3).length;',
    '}',
    ...(i % 25 === 0 ? [`document.querySelector('form')?.addEventListener('submit', () => fbq('trackCustom', 'Step${i}'));`] : []),
  ];
  write(`js/m${i}.${ts ? 'ts' : 'js'}`, `${body.join('\n')}\n`);
}

const config = [...plugin.configs.recommended, { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }];
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, stats: true });
const t0 = performance.now();
const results = await eslint.lintFiles(['.']);
const wall = performance.now() - t0;
const ruleTime = (r) =>
  (r.stats?.times.passes ?? []).reduce((sum, p) => sum + Object.entries(p.rules ?? {}).filter(([id]) => id.startsWith('pixel-patrol/')).reduce((s, [, t]) => s + t.total, 0), 0);
const times = results.map(ruleTime).sort((a, b) => a - b);
// Exactly one file per process builds the model (a worker thread running analyze()).
const build = times[times.length - 1];
const rest = times.slice(0, -1);
const q = (p) => rest[Math.min(rest.length - 1, Math.floor(p * rest.length))];
const messages = results.reduce((n, r) => n + r.messages.length, 0);
console.log(`${results.length} files linted in ${(wall / 1000).toFixed(2)} s, ${messages} messages`);
console.log(`pixel-patrol rules per file: median ${q(0.5).toFixed(3)} ms, p95 ${q(0.95).toFixed(3)} ms, max ${rest[rest.length - 1].toFixed(3)} ms`);
console.log(`the file that built the project model: ${build.toFixed(1)} ms`);

// A save in the editor: the linted file is newer than the model, so the model is rebuilt, reusing
// the facts of every unchanged file.
const saved = 'js/m1.js';
writeFileSync(join(root, saved), `${readFileSync(join(root, saved), 'utf8')}// saved\n`);
const [again] = await eslint.lintFiles([saved]);
console.log(`after saving ${saved}, its rules (model rebuilt): ${ruleTime(again).toFixed(1)} ms`);

// The same tree through the ESLint CLI with TIMING=1, via a config file that imports the built plugin.
const require = createRequire(import.meta.url);
const here = (m) => pathToFileURL(require.resolve(m)).href;
write(
  'eslint.config.js',
  `import plugin from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../dist/index.js')).href)};\nimport tseslint from ${JSON.stringify(here('typescript-eslint'))};\nexport default [...plugin.configs.recommended, { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }];\n`,
);
const bin = join(dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
const cli = spawnSync(process.execPath, [bin, '.', '--format', 'json', '-o', join(root, 'out.json')], { cwd: root, env: { ...process.env, TIMING: '1' }, encoding: 'utf8' });
console.log(`\nTIMING=1 eslint . (${results.length} files):\n${cli.stdout}`);
if (process.env.KEEP_TREE) console.log(`tree kept at ${root}`);
else rmSync(root, { recursive: true, force: true });
