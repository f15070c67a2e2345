import type { Finding } from '@pixel-patrol/core';
import type { Formatter } from './formatter.js';
import { xmlEscape as x } from './xml-escape.js';

function testcase(f: Finding): string {
  const name = `${f.ruleId} ${f.line}:${f.column}`;
  const detail = [
    `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`,
    ...(f.routes ?? []).map((r) => `reach: ${r.proof}`),
  ].join('\n');
  return [
    `    <testcase classname="${x(f.file)}" name="${x(name)}" time="0">`,
    `      <failure type="${f.severity}" message="${x(f.message.replace(/\s+/g, ' '))}">${x(detail)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/**
 * JUnit XML as CI test tabs read it: one suite per file with findings, one failing case per
 * finding (warnings too, typed `warn`). A clean scan is one passing case, so the tab is not empty.
 */
export const junit: Formatter = (findings, context) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const suites: string[] = [];
  for (const [file, list] of byFile) {
    suites.push(`  <testsuite name="${x(file)}" tests="${list.length}" failures="${list.length}" errors="0" skipped="0" time="0">`, ...list.map(testcase), '  </testsuite>');
  }
  if (findings.length === 0) {
    const scanned = context.result.stats.files.scanned;
    suites.push(
      '  <testsuite name="pixel-patrol" tests="1" failures="0" errors="0" skipped="0" time="0">',
      `    <testcase classname="pixel-patrol" name="${x(`no trackers on sensitive routes (${scanned} files checked)`)}" time="0"/>`,
      '  </testsuite>',
    );
  }
  const tests = Math.max(findings.length, 1);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="pixel-patrol" tests="${tests}" failures="${findings.length}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
