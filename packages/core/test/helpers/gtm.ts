import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Detection } from '../../src/detectors/detection.js';
import type { FileFacts } from '../../src/detectors/front-end.js';
import { gtmFrontEnd } from '../../src/detectors/gtm/gtm-front-end.js';
import { isGtmTagFiring } from '../../src/reach/gtm/gtm-firing.js';
import { tagVerdict } from '../../src/reach/gtm/tag-verdict.js';
import type { SensitiveReason } from '../../src/sensitivity/sensitivity.js';
import { LineIndex } from '../../src/source/line-index.js';

export const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/gtm/', import.meta.url));

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
