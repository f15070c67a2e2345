import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, docsUrl, rules as coreRules } from '@pixel-patrol/core';
import plugin from '@pixel-patrol/eslint-plugin';
import { describe, expect, it } from 'vitest';
import { inLintedCode } from './in-linted-code.js';
import { eslintFor } from './lint-fixture.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
// About the config file, GTM exports or a file's state (unreadable, unparsed): an editor linting
// JavaScript has no place for them, or parses the file itself.
const CLI_ONLY = ['expired-allow', 'no-interaction-tracking-on-sensitive-route', 'parse-error', 'unreadable-file'];
const NOW = new Date('2026-11-29T00:00:00Z');

interface Example {
  kind: 'wrong' | 'right';
  file: string;
  config: unknown;
  code: string;
}

/** `<!-- example: path/in/project {config} -->` followed by a fenced block, under `## Wrong` or `## Right`. */
function examples(markdown: string): Example[] {
  const out: Example[] = [];
  let kind: Example['kind'] | undefined;
  const re = /^## (Wrong|Right)\b|^<!-- example: (\S+)(?: (\{.*\}))? -->\n```\w*\n([\s\S]*?)^```/gm;
  for (const m of markdown.matchAll(re)) {
    if (m[1]) kind = m[1] === 'Wrong' ? 'wrong' : 'right';
    else if (kind) out.push({ kind, file: m[2]!, config: m[3] ? JSON.parse(m[3]) : {}, code: m[4]! });
  }
  return out;
}

/** A project holding the example: its config, a home page (so `report/index.html` is the page /report/) and the file. */
function project(example: Example): string {
  const root = mkdtempSync(join(tmpdir(), 'pp-docs-'));
  writeFileSync(join(root, 'pixel-patrol.config.json'), JSON.stringify(example.config));
  writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><title>Home</title>');
  mkdirSync(dirname(join(root, example.file)), { recursive: true });
  writeFileSync(join(root, example.file), example.code);
  return root;
}

describe('rule docs', () => {
  it('every core rule that reads code has a plugin rule under the same id, and no other', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(coreRules.map((r) => r.meta.id).filter((id) => !CLI_ONLY.includes(id)).sort());
  });

  for (const core of coreRules) {
    const id = core.meta.id;
    const rule = plugin.rules[id as keyof typeof plugin.rules] as (typeof plugin.rules)[keyof typeof plugin.rules] | undefined;
    const page = join(REPO, core.meta.docs);
    const list = existsSync(page) ? examples(readFileSync(page, 'utf8')) : [];
    // CLI-only rules are checked here only through the examples their pages mark.
    if (!rule && list.length === 0) continue;
    describe(id, () => {
      if (rule) {
        it('links its docs page, which exists, and has wrong and right examples', () => {
          expect(rule.meta?.docs?.url).toBe(docsUrl(`docs/rules/${id}.md`));
          expect(existsSync(page)).toBe(true);
          expect(list.filter((e) => e.kind === 'wrong').length).toBeGreaterThan(0);
          expect(list.filter((e) => e.kind === 'right').length).toBeGreaterThan(0);
        });
      }
      list.forEach((example, i) => {
        it(`${example.kind} example ${i + 1} (${example.file}): the CLI ${example.kind === 'wrong' ? 'reports it' : 'does not'}${rule ? ', and the plugin says the same in linted code' : ''}`, async () => {
          const root = project(example);
          const cli = (await analyze({ cwd: root, paths: ['.'], now: NOW })).findings.filter((f) => f.ruleId === id);
          if (example.kind === 'wrong') expect(cli.length).toBeGreaterThan(0);
          else expect(cli).toEqual([]);
          if (!rule) return;
          const [result] = await eslintFor(root).lintFiles([example.file]);
          expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
          const mine = result!.messages.filter((m) => m.ruleId === `pixel-patrol/${id}`).map((m) => [m.line, m.column, m.message]);
          expect(mine).toEqual(cli.filter((f) => inLintedCode(root, f.file, f.line, f.column)).map((f) => [f.line, f.column, f.message]));
        });
      });
      if (rule) {
        it('has a wrong example the plugin reports', async () => {
          let reported = 0;
          for (const example of list.filter((e) => e.kind === 'wrong')) {
            const [result] = await eslintFor(project(example)).lintFiles([example.file]);
            reported += result!.messages.filter((m) => m.ruleId === `pixel-patrol/${id}`).length;
          }
          expect(reported).toBeGreaterThan(0);
        });
      }
    });
  }
});
