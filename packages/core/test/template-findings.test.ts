import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@pixel-patrol/core';
import { FIXTURES } from './helpers/fixtures.js';

async function run(name: string) {
  return analyze({ cwd: join(FIXTURES, name), paths: ['.'], now: new Date('2026-11-29T00:00:00Z') });
}

describe('template fixtures: messages, evidence and chains', () => {
  it('built _site: the report page is sensitive by its content, and the finding says which content', async () => {
    const { findings } = await run('built-site-content-sensitive');
    const init = findings.find((f) => f.activation === 'init' && f.ruleId === 'no-tracker-on-sensitive-route')!;
    expect(init.message).toBe(
      'Meta Pixel is initialised with id 290011847700123 and runs on sensitive route /report/ (page content "quick-exit control (_site/report/index.html:15)")',
    );
    expect(init.routes!.map((r) => r.proof)).toEqual(['_site/assets/js/tracking.js ← _site/report/index.html (page /report/)']);
    expect(init.routes![0]!.sensitive.map((s) => s.match)).toEqual([
      'quick-exit control (_site/report/index.html:15)',
      "form asks about 'domestic abuse' [abuse-and-violence] (_site/report/index.html:20)",
    ]);
  });

  it('Jekyll: the chain runs from the include through the layout to the page', async () => {
    const findings = (await run('jekyll-site')).findings.filter((f) => f.ruleId === 'no-tracker-on-sensitive-route');
    expect(findings[1]!.message).toBe(
      'Meta Pixel is initialised with id {{ site.facebook_pixel_id }} and runs on sensitive route /get-help/domestic-abuse/ (sensitive.routes "/get-help/**")',
    );
    expect(findings[1]!.routes!.map((r) => r.proof)).toEqual(['_includes/head.html ← _layouts/default.html ← get-help/domestic-abuse.md (page /get-help/domestic-abuse/)']);
  });

  it('WordPress: a third-party-web host is named by its entity; GTM carries its container id', async () => {
    const result = await run('wordpress-theme');
    const criteo = result.findings.find((f) => f.tracker === 'third-party-advertising')!;
    expect(criteo.message).toBe('Criteo (third-party advertising script) is loaded and runs on sensitive route /** (preset sexual-health "/sexual-health/**")');
    const gtm = result.detections.find((d) => d.tracker === 'google-tag-manager')!;
    expect(gtm.details.id).toBe('GTM-NV8K2Q');
    expect(result.edges.filter((e) => e.dependency === 'wp-content/themes/northvale/header.php').map((e) => `${e.dependent}:${e.line}:${e.column}`)).toEqual([
      'wp-content/themes/northvale/front-page.php:1:7',
      'wp-content/themes/northvale/index.php:1:7',
      'wp-content/themes/northvale/page-sti-testing.php:3:1',
    ]);
  });

  it('Eleventy: the pixel partial reaches only the jobs pages', async () => {
    const { routes } = await run('eleventy-jobs-pixel');
    expect(routes.filter((r) => r.trackers.length > 0).map((r) => r.pattern)).toEqual(['/jobs/', '/jobs/social-worker/']);
  });
});
