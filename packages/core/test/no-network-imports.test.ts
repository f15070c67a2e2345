import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('..', import.meta.url));
/** Modules that reach the network, run programs or evaluate code. */
const FORBIDDEN = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads', 'vm', 'inspector']);

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

interface Use {
  file: string;
  what: string;
}

/** Every module specifier a file names, plus any way of loading code that is not a static import. */
function moduleUses(file: string): Use[] {
  const program = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['typescript'] }).program;
  const uses: Use[] = [];
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    const n = node as { type?: string; source?: { value?: unknown }; callee?: { type?: string; name?: string } };
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source) {
      uses.push({ file, what: String(n.source.value) });
    }
    if (n.type === 'ImportExpression' || (n.type === 'CallExpression' && n.callee?.type === 'Import')) uses.push({ file, what: 'dynamic import()' });
    if (n.type === 'CallExpression' && n.callee?.type === 'Identifier' && ['require', 'eval', 'createRequire'].includes(n.callee.name ?? '')) {
      uses.push({ file, what: `${n.callee.name}()` });
    }
    if (n.type === 'NewExpression' && n.callee?.type === 'Identifier' && n.callee.name === 'Function') uses.push({ file, what: 'new Function()' });
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && typeof v === 'object') stack.push(v);
  }
  return uses;
}

/** The per-file worker pool: its threads run core's own built analysis and are given data only. */
const THREAD_FILES = /[/\\]files[/\\](?:analyze-in-workers|analyze-worker|cpu-clock)\.[jt]s$/;

function offending(files: string[]): Use[] {
  return files
    .flatMap(moduleUses)
    .filter((u) => !(u.what === 'node:worker_threads' && THREAD_FILES.test(u.file)))
    .filter((u) => FORBIDDEN.has(u.what.replace(/^node:/, '')) || !/^(?:node:|\.|@|[a-z])/.test(u.what) || /\(\)$/.test(u.what));
}

describe('core never reaches the network, runs programs or loads code it was not built with', () => {
  it('no source file imports a network, process or eval module, or loads code dynamically', () => {
    const files = filesUnder(join(CORE, 'src'), /\.ts$/);
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(moduleUses).map((u) => u.what)).toContain('node:fs/promises');
    expect(offending(files)).toEqual([]);
  });

  it('nor does the built dist that is published', () => {
    const files = filesUnder(join(CORE, 'dist'), /\.js$/);
    expect(files.length).toBeGreaterThan(40);
    expect(offending(files)).toEqual([]);
  });

  it('the check itself catches each way in', () => {
    const probe = join(CORE, 'test', 'helpers', 'forbidden-probe.txt');
    expect(offending([probe]).map((u) => u.what).sort()).toEqual([
      'child_process',
      'dynamic import()',
      'eval()',
      'https',
      'new Function()',
      'node:dns',
      'node:http',
      'node:net',
      'require()',
    ]);
  });
});
