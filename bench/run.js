// pixel-patrol benchmark: times pixel-patrol and its baselines on the same generated tree, in one run.
// Usage: pnpm bench [--size small|large] [--seed S] [--skip-eslint]
// Writes bench/results/<size>-<date>.json and prints a table. Not part of the test command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackers } from '@pixel-patrol/core';
import { generate } from './generate.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const size = opt('--size', 'small');
const scale = { small: 1, large: 20 }[size];
if (!scale) {
  console.error(`unknown --size ${size} (small, large)`);
  process.exit(2);
}
const seed = Number(opt('--seed', '1'));
const trees = join(repo, 'bench/.trees');
const tree = join(trees, `${size}-${seed}`);
const bin = join(repo, 'packages/cli/dist/bin.js');
if (!existsSync(bin)) {
  console.error('build first: npx --yes pnpm@12.4.2 run build');
  process.exit(2);
}

/** Runs a command under GNU time: wall seconds, CPU seconds, peak RSS. */
function measure(name, cmd, cmdArgs, { cwd = repo, okCodes = [0] } = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@time %e %U %S %M', cmd, ...cmdArgs], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const line = (r.stderr.match(/@@time .*/g) ?? []).pop();
  if (!line || !okCodes.includes(r.status)) {
    console.error(`${name} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
    process.exit(1);
  }
  const [wall, user, sys, rssKb] = line.slice(7).split(' ').map(Number);
  return { name, wall, cpu: user + sys, rssMb: rssKb / 1024, stdout: r.stdout };
}

console.log(`generating ${size} tree (seed ${seed})…`);
const gen = generate(tree, { scale, seed });
const mb = gen.bytes / 1048576;
const jsParts = ['app'];
const jsBytes = jsParts.reduce((n, p) => n + Number(measure('count', 'node', [join(repo, 'bench/read-all.js'), join(tree, p)]).stdout.trim()), 0) / 1048576;

const tokens = new Set();
for (const t of trackers) {
  for (const g of t.globals) tokens.add(g.replace(/[$]/g, '\\$'));
  for (const u of [...t.scripts, ...t.beacons]) {
    const host = u.split('/')[0].replace(/\{[^}]*\}/g, '').replace(/^\*+\.?/, '');
    if (host.includes('.')) tokens.add(host.split('.').slice(-2).join('\\.'));
  }
}
const grepPattern = [...tokens].sort().join('|');

const results = [];
const add = (r, extra = {}) => {
  results.push({ ...r, ...extra, stdout: undefined });
  console.log(`  ${r.name.padEnd(34)} ${r.wall.toFixed(2).padStart(7)} s  cpu ${r.cpu.toFixed(2).padStart(7)} s  rss ${r.rssMb.toFixed(0).padStart(5)} MB`);
};
console.log(`tree: ${gen.files} files, ${mb.toFixed(1)} MB (JS/TS part ${jsBytes.toFixed(1)} MB); ${cpus().length} cores`);
const scan = (name, target, more = []) => measure(name, 'node', [bin, 'scan', target, '--format', 'json', '--output-file', '/dev/null', ...more], { okCodes: [0, 1] });

add(measure('io-floor (read every byte)', 'node', [join(repo, 'bench/read-all.js'), tree]));
add(measure('grep-floor (grep -rlE tokens)', 'grep', ['-rlE', grepPattern, tree], { okCodes: [0, 1] }));
add(measure('parse-all (no prefilter)', 'node', [join(repo, 'bench/parse-all.js'), tree]));
add(scan('pixel-patrol scan (full tree)', tree));
add(scan('pixel-patrol scan (JS/TS part)', join(tree, 'app')));
if (!args.includes('--skip-eslint')) {
  add(measure('eslint no-restricted-syntax (JS/TS)', join(repo, 'node_modules/.bin/eslint'), ['--no-config-lookup', '-c', join(repo, 'bench/eslint-baseline.config.js'), '--no-warn-ignored', ...jsParts.map((p) => join(tree, p))], { okCodes: [0, 1] }));
}

const get = (prefix) => results.find((r) => r.name.startsWith(prefix));
const full = get('pixel-patrol scan (full');
const ratios = {
  vsGrep: full.wall / get('grep-floor').wall,
  vsIo: full.wall / get('io-floor').wall,
  vsParseAll: full.wall / get('parse-all').wall,
  ...(get('eslint') ? { eslintVsJsPart: get('eslint').wall / get('pixel-patrol scan (JS/TS').wall } : {}),
};
console.log(`\n| measure | value | target |\n|---|---|---|`);
console.log(`| full scan / grep floor | ${ratios.vsGrep.toFixed(2)}× | ≤ 3× |`);
console.log(`| full scan / I/O floor | ${ratios.vsIo.toFixed(2)}× | — |`);
console.log(`| full scan / parse-all | ${ratios.vsParseAll.toFixed(2)}× | < 1× |`);
if (ratios.eslintVsJsPart !== undefined) console.log(`| ESLint / pixel-patrol (JS/TS part) | ${ratios.eslintVsJsPart.toFixed(1)}× faster | ≥ 10× |`);
console.log(`| peak RSS, full scan | ${full.rssMb.toFixed(0)} MB | < 512 MB |`);
console.log(`| throughput | ${(gen.files / full.wall).toFixed(0)} files/s, ${(mb / full.wall).toFixed(1)} MB/s | — |`);

mkdirSync(join(repo, 'bench/results'), { recursive: true });
const out = join(repo, `bench/results/${size}-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(out, `${JSON.stringify({ size, seed, files: gen.files, megabytes: mb, jsMegabytes: jsBytes, cores: cpus().length, node: process.version, results, ratios }, null, 2)}\n`);
console.log(`\nresults: ${out}`);
