import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { eslintFor } from './lint-fixture.js';

function write(root: string, file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

async function routesOf(root: string): Promise<string[]> {
  const [result] = await eslintFor(root).lintFiles(['js/a.js']);
  return result!.messages.map((m) => /runs on sensitive route (\S+)/.exec(m.message)?.[1] ?? m.message);
}

describe('the project model cache', () => {
  it('follows edits: a saved linted file, a changed config, an added page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pp-cache-'));
    write(root, 'pixel-patrol.config.json', '{"sensitive": {"routes": ["/report/**"]}}');
    write(root, 'index.html', '<!DOCTYPE html><script src="/js/a.js"></script>');
    write(root, 'report/index.html', '<!DOCTYPE html><script src="/js/a.js"></script>');
    write(root, 'js/a.js', "fbq('track', 'PageView');\n");
    expect(await routesOf(root)).toEqual(['/report/']);

    // The report page stops loading the script (only the home page does); then js/a.js is saved.
    write(root, 'report/index.html', '<!DOCTYPE html><title>Report</title>');
    await sleep(20);
    write(root, 'js/a.js', "fbq('track', 'PageView');\n");
    expect(await routesOf(root)).toEqual([]);

    // A new sensitive page loads it: the folder's mtime and the config's change. Both are re-checked
    // at most once a second, so wait past that window.
    write(root, 'support/index.html', '<!DOCTYPE html><script src="/js/a.js"></script>');
    write(root, 'pixel-patrol.config.json', '{"sensitive": {"routes": ["/report/**", "/support/**"]}}');
    await sleep(1100);
    expect(await routesOf(root)).toEqual(['/support/']);
  });
});
