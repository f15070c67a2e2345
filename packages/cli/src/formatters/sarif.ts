import { docsUrl, rules, VIA_WORDS, type Finding, type Rule } from '@pixel-patrol/core';
import { displayPath } from './display-path.js';
import type { FormatContext, Formatter } from './formatter.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

/**
 * GitHub code scanning ranks alerts by `security-severity` (0–10). A tracker on a sensitive page
 * leaks a visitor's visit to an advertiser: high. The other rules say a file went unchecked.
 */
const SECURITY_SEVERITY: Record<Rule['meta']['defaultSeverity'], string> = {
  category: '8.0',
  error: '6.0',
  warn: '4.0',
  info: '2.0',
  off: '0.0',
};

/** A relative URI reference: each path segment percent-encoded, so `#`, `?` and spaces survive. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(rule: Rule) {
  const level = rule.meta.defaultSeverity === 'category' ? 'error' : rule.meta.defaultSeverity === 'off' ? 'none' : LEVEL[rule.meta.defaultSeverity];
  return {
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: docsUrl(rule.meta.docs),
    help: { text: `${rule.meta.description} See ${docsUrl(rule.meta.docs)}` },
    defaultConfiguration: { level },
    properties: { tags: ['security', 'privacy'], 'security-severity': SECURITY_SEVERITY[rule.meta.defaultSeverity] },
  };
}

function result(f: Finding, ruleIndex: number, context: FormatContext) {
  const routes = f.routes ?? [];
  const related = (routes[0]?.chain ?? []).slice(1).filter((l) => l.line !== undefined);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: routes.length > 0 ? `${f.message}. Reach: ${routes[0]!.proof}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(related.length > 0
      ? {
          relatedLocations: related.map((l, i) => ({
            id: i + 1,
            message: { text: `${l.via ? VIA_WORDS[l.via] : 'used by'} ${displayPath(context, l.file)}` },
            physicalLocation: {
              artifactLocation: { uri: toUri(displayPath(context, l.file)), uriBaseId: '%SRCROOT%' },
              region: { startLine: l.line!, startColumn: l.column ?? 1 },
            },
          })),
        }
      : {}),
    partialFingerprints: { 'pixelPatrolFingerprint/v1': f.fingerprint },
    properties: {
      ...(f.tracker !== undefined ? { tracker: f.tracker } : {}),
      ...(f.activation !== undefined ? { activation: f.activation } : {}),
      routes: routes.map((r) => r.route),
      ...(f.certainty !== undefined ? { certainty: f.certainty } : {}),
    },
  };
}

/**
 * SARIF 2.1.0, one run per invocation. URIs are relative to the working directory (`%SRCROOT%`,
 * the checkout in CI); fingerprints come from the finding, so alerts survive lines moving.
 */
export const sarif: Formatter = (findings, context) => {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pixel-patrol',
            informationUri: docsUrl('README.md'),
            rules: rules.map(ruleDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        // Every discovered file and the state it ended in: nothing is dropped without a line saying so.
        invocations: [
          {
            executionSuccessful: true,
            properties: {
              fileStates: context.result.stats.files,
              files: context.result.files.map((f) => ({ path: displayPath(context, f.path), state: f.state, ...(f.reason ? { reason: f.reason } : {}) })),
            },
          },
        ],
        results: findings.map((f) => result(f, index.get(f.ruleId) ?? -1, context)),
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
