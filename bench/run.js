// pixel-patrol benchmark: times pixel-patrol and its baselines on the same generated trees, in one run.
// Usage: pnpm bench [--size small|large] [--seed S] [--only a,b] [--skip a,b] [--threads N] [--repeat N]
//   steps: io, grep, parse-all, scan, scan-js, eslint, linearity, cache, staged (all by default)
// Writes bench/results/<size>-<date>.json (bench/out/ for a partial run) and prints Markdown tables.
// Not part of the test command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackers } from '@pixel-patrol/core';
import { EDITED_COMPONENT, editOneComponent } from './edit-one-component.js';
import { generate } from './generate.js';
import { haveGnuTime, measure } from './measure.js';
import { makeStagedRepo, STAGED_SCALE } from './staged-repo.js';
import { renderReport } from './render-report.js';
import { evaluateTargets } from './targets.js';
import { threadsOption } from './threads-option.js';
import { treeHash } from './tree-hash.js';

const STEPS = ['io', 'grep', 'parse-all', 'scan', 'scan-js', 'eslint', 'linearity', 'cache', 'staged'];
const SIZES = { small: { scale: 1, half: 0.5 }, large: { scale: 20, half: 10 } };

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const list = (name) => (opt(name, '') || '').split(',').filter(Boolean);
const fail = (message) => {
  console.error(message);
  process.exit(2);
};
const size = opt('--size', 'small');
if (!SIZES[size]) fail(`unknown --size ${size} (small, large)`);
const seed = Number(opt('--seed', '1'));
const repeat = Number(opt('--repeat', '1'));
if (!Number.isInteger(seed) || !Number.isInteger(repeat) || repeat < 1) fail('--seed and --repeat take whole numbers');
const only = list('--only');
const skip = [...list('--skip'), ...(args.includes('--skip-eslint') ? ['eslint'] : [])];
for (const s of [...only, ...skip]) if (!STEPS.includes(s)) fail(`unknown step ${s} (${STEPS.join(', ')})`);
const steps = new Set(STEPS.filter((s) => (only.length === 0 || only.includes(s)) && !skip.includes(s)));
const partial = steps.size < STEPS.length;

const bin = join(repo, 'packages/cli/dist/bin.js');
if (!existsSync(bin)) fail('build first: npx --yes pnpm@12.4.2 run build');
if (!haveGnuTime()) fail('needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)');
if (steps.has('staged') && spawnSync('git', ['--version']).status !== 0) fail('the staged step needs git');

const help = spawnSync('node', [bin, 'scan', '--help'], { encoding: 'utf8' }).stdout;
const threadsOpt = threadsOption(help);
const threadsArg = opt('--threads');
if (threadsArg !== undefined && !threadsOpt.supported) fail('--threads: this build of pixel-patrol has no --threads option');
const threads = threadsArg ?? (threadsOpt.supported ? (threadsOpt.default ?? 'default') : '1');
// CPU time is the fair clock on a shared machine, unless pixel-patrol spreads work over threads.
const basis = Number(threads) === 1 ? 'cpu' : 'wall';

const trees = join(repo, 'bench/.trees');
const runs = {};
const show = (id, r) => {
  runs[id] = { ...r, stdout: undefined };
  const scan = r.stats ? `  scan ${(r.stats.scanMs / 1000).toFixed(2).padStart(6)} s` : '';
  const c = r.stats?.cache;
  const cache = c ? `  cache ${c.statHits === undefined ? '' : `${c.statHits} stat hits `}${c.hits} hits ${c.misses} misses` : '';
  console.log(`  ${r.name.padEnd(44)} ${r.wall.toFixed(2).padStart(7)} s  cpu ${r.cpu.toFixed(2).padStart(7)} s  rss ${r.rssMb.toFixed(0).padStart(5)} MB${scan}${cache}`);
};
const scan = (name, target, more = []) =>
  measure(name, 'node', [bin, 'scan', target, '--format', 'json', '--output-file', '/dev/null', '--stats', ...(threadsArg ? ['--threads', threadsArg] : []), ...more], {
    cwd: repo,
    okCodes: [0, 1],
    repeat: more.includes('--cache') ? 1 : repeat,
  });
// A re-scan after one edit that misses more than that file is not measuring what it claims.
const warnings = [];
const oneMiss = (id) => {
  const cache = runs[id].stats?.cache;
  if (cache?.misses === 1) return;
  warnings.push(`${runs[id].name}: expected exactly 1 cache miss after one edit, got ${JSON.stringify(cache)}`);
  console.log(`  warning: ${warnings.at(-1)}`);
};
const megabytes = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const treeInfo = (dir, gen) => ({ dir, files: gen.files, bytes: gen.bytes, megabytes: megabytes(gen.bytes), sha256: treeHash(dir) });

const started = new Date();
const load = [loadavg()[0]];
console.log(`pixel-patrol bench: ${size}, seed ${seed}, steps ${[...steps].join(' ')}; ${cpus().length} cores, Node ${process.version}, threads ${threads}, load ${load[0].toFixed(2)}`);

const tree = join(trees, `${size}-${seed}`);
const info = {};
const mainSteps = ['io', 'grep', 'parse-all', 'scan', 'scan-js', 'eslint', 'linearity', 'cache'];
if (mainSteps.some((s) => steps.has(s))) {
  console.log(`generating ${size} tree (scale ${SIZES[size].scale}, seed ${seed})…`);
  info.tree = treeInfo(tree, generate(tree, { scale: SIZES[size].scale, seed }));
  info.tree.jsMegabytes = megabytes(Number(measure('count', 'node', [join(repo, 'bench/read-all.js'), join(tree, 'app')]).stdout.trim()));
  console.log(`tree: ${info.tree.files} files, ${info.tree.megabytes} MB (JS/TS part ${info.tree.jsMegabytes} MB)`);
}

if (steps.has('io')) show('io', measure('io-floor (read every byte)', 'node', [join(repo, 'bench/read-all.js'), tree], { repeat }));
if (steps.has('grep')) {
  const tokens = new Set();
  for (const t of trackers) {
    for (const g of t.globals) tokens.add(g.replace(/[$]/g, '\\$'));
    for (const u of [...t.scripts, ...t.beacons]) {
      const host = u.split('/')[0].replace(/\{[^}]*\}/g, '').replace(/^\*+\.?/, '');
      if (host.includes('.')) tokens.add(host.split('.').slice(-2).join('\\.'));
    }
  }
  show('grep', measure('grep-floor (grep -rlE tokens)', 'grep', ['-rlE', [...tokens].sort().join('|'), tree], { okCodes: [0, 1], repeat }));
}
if (steps.has('parse-all')) show('parseAll', measure('parse-all (no prefilter)', 'node', [join(repo, 'bench/parse-all.js'), tree], { repeat }));
if (steps.has('scan') || steps.has('linearity')) show('scan', scan('pixel-patrol scan (full tree)', tree));
if (steps.has('scan-js') || steps.has('eslint')) show('scanJs', scan('pixel-patrol scan (JS/TS part)', join(tree, 'app')));
if (steps.has('eslint')) {
  const eslint = join(repo, 'node_modules/.bin/eslint');
  show('eslint', measure('eslint no-restricted-syntax (JS/TS part)', eslint, ['--no-config-lookup', '-c', join(repo, 'bench/eslint-baseline.config.js'), '--no-warn-ignored', join(tree, 'app')], { cwd: repo, okCodes: [0, 1], repeat }));
}

if (steps.has('linearity')) {
  const half = join(trees, `${size}-half-${seed}`);
  console.log(`generating the half-size tree (scale ${SIZES[size].half})…`);
  info.halfTree = treeInfo(half, generate(half, { scale: SIZES[size].half, seed }));
  show('half', scan(`pixel-patrol scan (half tree, ${info.halfTree.megabytes} MB)`, half));
}

if (steps.has('cache')) {
  const cacheDir = join(trees, `cache-${size}-${seed}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const cached = ['--cache', '--cache-location', cacheDir];
  show('cacheCold', scan('pixel-patrol scan --cache (cold, empty cache)', tree, cached));
  const restore = editOneComponent(tree);
  try {
    show('cacheWarm', scan(`pixel-patrol scan --cache (warm, ${EDITED_COMPONENT} edited)`, tree, cached));
  } finally {
    restore();
  }
  oneMiss('cacheWarm');
}

if (steps.has('staged')) {
  const dir = join(trees, `staged-${size}-${seed}`);
  console.log(`generating and committing the --staged repository (scale ${STAGED_SCALE})…`);
  const staged = makeStagedRepo(dir, { seed });
  info.stagedRepo = { dir, trackedFiles: staged.files, megabytes: megabytes(staged.bytes) };
  const cacheDir = join(trees, `cache-staged-${size}-${seed}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const cached = ['--cache', '--cache-location', cacheDir];
  // The hook's previous run: the committed state, cached.
  show('stagedPrime', scan(`pixel-patrol scan --cache (repo, ${staged.files} files, cold)`, dir, cached));
  info.stagedRepo.staged = staged.stageOneChange();
  show('stagedCache', scan('pixel-patrol scan --staged --cache (one staged)', dir, ['--staged', ...cached]));
  oneMiss('stagedCache');
  show('stagedNoCache', scan('pixel-patrol scan --staged (one staged, no cache)', dir, ['--staged']));
}

load.push(loadavg()[0]);
const targets = evaluateTargets({ runs, bytes: { full: info.tree?.bytes, half: info.halfTree?.bytes }, basis });
const date = started.toISOString().slice(0, 10);
const outDir = join(repo, partial ? 'bench/out' : 'bench/results');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `${size}-${date}${partial ? `-${[...steps].join('-')}` : ''}.json`);
const result = {
  size, seed, date: started.toISOString(), steps: [...steps], repeat,
  cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverage: { start: load[0], end: load[1] },
  threads: { option: threadsOpt, used: threads }, basis,
  trees: Object.fromEntries(Object.entries(info).map(([k, { dir, ...t }]) => [k, { ...t, dir: dir.slice(repo.length) }])),
  runs, targets, warnings,
};
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${renderReport(result)}\nresults: ${out.slice(repo.length)}`);
