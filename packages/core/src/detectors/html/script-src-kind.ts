import { matchTrackerUrl, type UrlMatch } from '../../trackers/catalogue.js';
import { classifyThirdParty, type ThirdPartyMatch } from '../../trackers/third-party.js';
import { compactUrl } from './compact-url.js';

export type ScriptSrcKind =
  | { kind: 'tracker'; match: UrlMatch }
  | { kind: 'third-party'; match: ThirdPartyMatch }
  /** A project file: the page's route reaches whatever it does. */
  | { kind: 'linked' }
  /** Another site's script that is not a tracker (a CDN), or a data:, blob: or javascript: URL. */
  | { kind: 'other' };

/** What a `<script src>` loads. */
export function scriptSrcKind(src: string): ScriptSrcKind {
  const url = compactUrl(src);
  const match = matchTrackerUrl(url);
  if (match) return { kind: 'tracker', match };
  const other = classifyThirdParty(url);
  if (other) return { kind: 'third-party', match: other };
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src) && !/^(?:data|blob|javascript):/i.test(src)) return { kind: 'linked' };
  return { kind: 'other' };
}
