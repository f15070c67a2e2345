// Rewrites fixtures/<case>/expected-findings.json from the current analyser output.
// Review the diff by hand: a fixture's expectations are the specification.
// Usage: node scripts/update-fixture-expectations.js <case> [<case>…]   (needs a build)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@pixel-patrol/core';

const root = new URL('../fixtures/', import.meta.url).pathname;
for (const name of process.argv.slice(2)) {
  const result = await analyze({ cwd: join(root, name), paths: ['.'], now: new Date('2026-11-29T00:00:00Z') });
  const expected = result.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    ruleId: f.ruleId,
    severity: f.severity,
    ...(f.tracker ? { tracker: f.tracker } : {}),
    ...(f.routes ? { routes: f.routes.map((r) => r.route) } : {}),
  }));
  writeFileSync(join(root, name, 'expected-findings.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${name}: ${expected.length} findings`);
}
