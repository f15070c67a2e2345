import { analyze, ConfigError, parseConfig } from '@pixel-patrol/core';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../src/files/compile-glob.js';
import { patternCovers, patternsIntersect } from '../src/sensitivity/route-pattern.js';
import { tempTree } from './helpers/temp-tree.js';

const GLOBS = [
  '**/*.html', 'pages/*/index.html', 'src/**/*.{js,ts}', '*.min.*', 'report/**', '**', '*', 'a/**/b', '**/x',
  '/report/**', '/case/*', '/case/?', '/[ab]*', '/[^a]*', 'app/{report,crime}/{,**/}*.tsx', '@(a|b).js', '+(a|b).js',
  '*(ab).js', '?(x).js', 'a\\*b', 'docs/.vitepress/**', '**/.env*',
];
const PATHS = [
  'index.html', 'a/index.html', 'a/b/c.html', 'pages/x/index.html', 'pages/x/y/index.html', 'src/a.js', 'src/d/e.ts', 'src/d/e.tsx',
  'app.min.js', 'report', 'report/x', 'report/x/y', 'a/b', 'a/x/b', 'a/x/y/b', 'x', 'q/x', '.env.local', 'conf/.env', '/report',
  '/report/x', '/case/1', '/case/12', '/abc', '/bcd', '/cde', 'app/report/page.tsx', 'app/report/x/page.tsx', 'app/crime/p.tsx',
  'a.js', 'ab.js', 'abab.js', 'aab.js', '.js', 'x.js', 'a*b', 'axb', 'docs/.vitepress/config.js',
];

describe('user globs are compiled to linear-time RE2 matchers', () => {
  it('agrees with picomatch (dot: true) on the globs people write', () => {
    const diff: string[] = [];
    for (const g of GLOBS) {
      const ours = compileGlob(g);
      const theirs = picomatch(g, { dot: true });
      for (const p of PATHS) if (ours(p) !== theirs(p)) diff.push(`${g} ${JSON.stringify(p)}: ours ${ours(p)}, picomatch ${theirs(p)}`);
    }
    expect(diff).toEqual([]);
  });

  it.each([
    ['+(a|aa)+(a|aa)+(a|aa)+(a|aa)b', 'a'.repeat(5000), 'b'],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000), 'b'],
    ['**/**/**/**/**/**/**/**/**/**/x', 'a/'.repeat(2000), 'x'],
    ['{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}*b', 'a'.repeat(5000), 'b'],
  ])('%s against a long non-matching name answers (no catastrophic backtracking)', (glob, path, end) => {
    expect(compileGlob(glob)(path)).toBe(false);
    expect(compileGlob(glob)(`${path}${end}`)).toBe(true);
  });

  it('reads [!a] as a negated class, as shells and .gitignore do (picomatch reads it as "! or a")', () => {
    expect(['/abc', '/bcd', '/!x'].map(compileGlob('/[!a]*'))).toEqual([false, true, true]);
  });

  it('refuses a brace pattern that expands past 256 globs', () => {
    expect(() => compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')).toThrow('more than 256 brace alternatives');
  });

  it('keeps sensitive-route and allow-list matching on the same matcher, case-insensitive', () => {
    expect(patternCovers('/report/**', '/Report/Domestic-Abuse')).toBe(true);
    expect(patternCovers(`/${'*a'.repeat(20)}b`, `/${'a'.repeat(3000)}`)).toBe(false);
    expect(patternsIntersect(`/${'*a'.repeat(20)}b`, `/${'a'.repeat(3000)}`)).toBe(false);
  });

  it('rejects a glob it cannot compile as a config error naming the JSON path', () => {
    const errorOf = (text: string) => {
      try {
        parseConfig(text, 'pixel-patrol.config.json');
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(errorOf('{"sensitive": {"routes": ["/report/!(public)"]}}')).toBe(
      'pixel-patrol.config.json:1:27: "sensitive.routes[0]": glob "/report/!(public)": negated extglob !(…) is not supported',
    );
    expect(errorOf('{"routes": [{"files": "src/{a,b", "route": "/x"}]}')).toBe(
      'pixel-patrol.config.json:1:14: "routes[0].files": glob "src/{a,b": unbalanced "{"',
    );
  });

  it('scans a tree with pathological file names, route globs and ignore globs to the end', async () => {
    const name = `${'a'.repeat(200)}.html`;
    const root = tempTree([
      [
        'pixel-patrol.config.json',
        JSON.stringify({
          sensitive: { routes: [`/${'*a'.repeat(14)}b/**`] },
          routes: [{ files: `+(a|aa)+(a|aa)*b.html`, route: '/x' }],
          ignore: [`${'*a'.repeat(14)}c`, `**/${'*a'.repeat(14)}[bc]d`],
        }),
      ],
      [name, '<script>fbq("track", "Lead")</script>'],
    ]);
    const result = await analyze({ cwd: root });
    expect(result.files.map((f) => [f.path, f.state])).toEqual([
      [name, 'scanned'],
      ['pixel-patrol.config.json', 'scanned'],
    ]);
  });
});
