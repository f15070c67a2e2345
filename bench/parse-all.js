// Baseline: parse every HTML and JS/TS file with no prefilter (parse5 and @babel/parser, as core does).
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseJs } from '@babel/parser';
import { parse as parseHtml } from 'parse5';

let parsed = 0;
const stack = [process.argv[2]];
while (stack.length > 0) {
  const dir = stack.pop();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      stack.push(p);
      continue;
    }
    const ext = extname(p);
    const text = readFileSync(p, 'utf8');
    if (ext === '.html') parseHtml(text, { sourceCodeLocationInfo: true });
    else if (['.js', '.ts', '.tsx', '.jsx'].includes(ext)) {
      const plugins = ['estree', ext === '.ts' ? 'typescript' : ext === '.tsx' ? ['typescript', 'jsx'] : 'jsx'].flat();
      parseJs(text, { sourceType: 'unambiguous', errorRecovery: true, plugins });
    } else continue;
    parsed++;
  }
}
console.log(parsed);
