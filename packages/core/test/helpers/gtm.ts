import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Detection } from '../../src/detectors/detection.js';
import type { FileFacts } from '../../src/detectors/front-end.js';
import { gtmFrontEnd } from '../../src/detectors/gtm/gtm-front-end.js';
import { isGtmTagFiring } from '../../src/reach/gtm/gtm-firing.js';
import { tagVerdict } from '../../src/reach/gtm/tag-verdict.js';
import type { SensitiveReason } from '../../src/sensitivity/sensitivity.js';
import { LineIndex } from '../../src/source/line-index.js';

// A byte-for-byte copy of the real public exports (see fixtures/gtm-corpus/README.md for their sources).
export const CORPUS = fileURLToPath(new URL('../../../../fixtures/gtm-corpus/', import.meta.url));

export function readExport(path: string, text = readFileSync(path, 'utf8')): FileFacts {
  return gtmFrontEnd.analyze({ path, lines: new LineIndex(text) });
}

const REPORT: SensitiveReason[] = [{ source: 'config', match: '/report/**', origin: 'sensitive.routes' }];

/** `tag → tracker: verdict/certainty` for every distinct tag and tracker, as if the container ran site-wide. */
export function verdicts(facts: FileFacts, route = '/**', reasons = REPORT): string[] {
  const seen = new Set<string>();
  for (const d of facts.detections) seen.add(line(d, route, reasons));
  return [...seen].sort();
}

function line(d: Detection, route: string, reasons: SensitiveReason[]): string {
  const f = d.details.gtm;
  if (!isGtmTagFiring(f)) return `? ${d.tracker}`;
  const v = tagVerdict(f, route, reasons);
  return `${f.tag} → ${d.tracker}: ${v.fires}${v.fires === 'no' ? '' : `/${v.certainty}`}`;
}

type Json = Record<string, unknown>;

/** A small export in GTM's own shape, pretty-printed like Admin → Export Container. */
export function gtmExport(parts: { tag?: Json[]; trigger?: Json[]; variable?: Json[]; customTemplate?: Json[]; publicId?: string; usageContext?: string[] }): string {
  const containerVersion = {
    accountId: '1',
    containerId: '99',
    containerVersionId: '0',
    container: { accountId: '1', containerId: '99', publicId: parts.publicId ?? 'GTM-TEST1', usageContext: parts.usageContext ?? ['WEB'] },
    tag: parts.tag ?? [],
    trigger: parts.trigger ?? [],
    variable: parts.variable ?? [],
    builtInVariable: [{ type: 'PAGE_PATH', name: 'Page Path' }, { type: 'PAGE_URL', name: 'Page URL' }, { type: 'EVENT', name: 'Event' }],
    ...(parts.customTemplate ? { customTemplate: parts.customTemplate } : {}),
  };
  return JSON.stringify({ exportFormatVersion: 2, exportTime: '2026-11-01 10:00:00', containerVersion }, null, 4);
}

export function condition(type: string, arg0: string, arg1: string, flags: { negate?: boolean; ignoreCase?: boolean } = {}): Json {
  return {
    type,
    parameter: [
      { type: 'TEMPLATE', key: 'arg0', value: arg0 },
      { type: 'TEMPLATE', key: 'arg1', value: arg1 },
      ...(flags.negate ? [{ type: 'BOOLEAN', key: 'negate', value: 'true' }] : []),
      ...(flags.ignoreCase ? [{ type: 'BOOLEAN', key: 'ignore_case', value: 'true' }] : []),
    ],
  };
}

/** A Google Ads conversion tag (a built-in ad type) fired by `firing`, blocked by `blocking`. */
export function adsTag(name: string, firing: string[], extra: Json = {}): Json {
  return { tagId: name, name, type: 'awct', parameter: [{ type: 'TEMPLATE', key: 'conversionId', value: '123456789' }], firingTriggerId: firing, ...extra };
}
