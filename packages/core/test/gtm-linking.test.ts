import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import type { Reference } from '../src/detectors/front-end.js';
import { ReachGraph } from '../src/reach/reach.js';
import { resolveReferences } from '../src/reach/resolve.js';
import { toRoute } from '../src/routes/static-output/index.js';
import { rules } from '../src/rules/index.js';
import { buildSensitivity } from '../src/sensitivity/sensitivity.js';
import { FIXTURES } from './helpers/fixtures.js';
import { readExport } from './helpers/gtm.js';

const CONTAINER = 'gtm/GTM-NSP7Q2K.json';
const PAGES = ['index.html', 'careers/index.html', 'report/index.html', 'report/domestic-abuse/index.html', 'advice/stalking/index.html'];

/**
 * The police fixture's container as if every page carried its GTM snippet (the reference the
 * HTML front end emits for `googletagmanager.com/gtm.js?id=GTM-NSP7Q2K`): each tag then reaches
 * exactly the pages its triggers fire on.
 */
function findingsWhenLinked(pages: string[], specifier = 'GTM-NSP7Q2K'): string[] {
  const facts = readExport(CONTAINER, readFileSync(join(FIXTURES, 'police-site-static', CONTAINER), 'utf8'));
  const snippet: Reference = { kind: 'loads-container', specifier, line: 8, column: 3 };
  const project = { root: '/site', files: [...PAGES, CONTAINER], declared: new Map([[facts.declares![0]!, [CONTAINER]]]) };
  const { edges } = resolveReferences(new Map(pages.map((p) => [p, [snippet]])), project);
  const graph = new ReachGraph(PAGES.map((file) => ({ file, pattern: toRoute(file), role: 'page' as const, mapper: 'static-output', reason: '' })), edges);
  const config = resolveConfig({ sensitive: { routes: ['/report/**', '/advice/**'] } }, null);
  const input = { config, detections: facts.detections, files: [], now: new Date('2026-11-29T00:00:00Z'), reach: (f: string) => graph.reach(f), sensitivity: buildSensitivity(config, new Map()), allowed: () => undefined };
  return rules.flatMap((r) => r.check(input)).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.tracker ?? ''} ${(f.routes ?? []).map((r) => r.route).join(' ')}`);
}

describe('GTM containers linked to the pages that load them', () => {
  it('reports each tag only on the sensitive pages its triggers fire on', () => {
    expect(findingsWhenLinked(PAGES)).toEqual([
      '40:431 no-automatic-event-capture meta-pixel ',
      '233:13 no-interaction-tracking-on-sensitive-route meta-pixel /advice/stalking/',
      '40:379 no-tracker-on-sensitive-route meta-pixel /advice/stalking/ /report/ /report/domestic-abuse/',
      '40:431 no-tracker-on-sensitive-route meta-pixel /advice/stalking/ /report/ /report/domestic-abuse/',
      '40:464 no-tracker-on-sensitive-route meta-pixel /advice/stalking/ /report/ /report/domestic-abuse/',
      '69:45 no-tracker-on-sensitive-route meta-pixel /advice/stalking/ /report/ /report/domestic-abuse/',
      '126:13 no-tracker-on-sensitive-route tiktok-pixel /advice/stalking/',
    ]);
  });

  it('links by public id case-insensitively and reports nothing when only public pages load it', () => {
    expect(findingsWhenLinked(['index.html', 'careers/index.html'], 'gtm-nsp7q2k')).toEqual([]);
  });

  it('leaves a container whose id no page carries unlinked, so it is assumed site-wide', () => {
    const withRoutes = findingsWhenLinked(PAGES, 'GTM-OTHER1').filter((f) => !f.includes('no-automatic-event-capture'));
    expect(withRoutes.map((f) => f.split(' ').slice(-1)[0])).toEqual(['/**', '/**', '/**', '/**', '/**', '/**']);
  });
});
