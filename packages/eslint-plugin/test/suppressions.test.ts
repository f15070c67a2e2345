import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { COUNCIL, parsers } from './helpers.js';

const file = join(COUNCIL, 'js/pixel.js');
const suppress = (rule: string, reason = '') => `// pixel-patrol-disable-next-line ${rule}${reason ? ` -- ${reason}` : ''}\n`;

for (const { name, tester } of parsers) {
  tester.run(`no-tracker-on-sensitive-route, suppressed inline (${name})`, plugin.rules['no-tracker-on-sensitive-route'], {
    valid: [{ code: `${suppress('no-tracker-on-sensitive-route', 'test page')}fbq('track', 'PageView');`, filename: file }],
    invalid: [
      {
        // A suppression covers the next line only.
        code: `${suppress('no-tracker-on-sensitive-route', 'test page')}\nfbq('track', 'PageView');`,
        filename: file,
        errors: [{ message: 'Meta Pixel sends event "PageView" and runs on sensitive route /report/ (sensitive.routes "/report/**")', line: 3, column: 1 }],
      },
    ],
  });

  tester.run(`suppression-without-reason (${name})`, plugin.rules['suppression-without-reason'], {
    valid: [{ code: `${suppress('no-tracker-on-sensitive-route', 'recruitment test page, DPIA-2026-031')}fbq('track', 'PageView');`, filename: file }],
    invalid: [
      {
        code: `${suppress('no-tracker-on-sensitive-route')}fbq('track', 'PageView');`,
        filename: file,
        errors: [{ message: 'Suppression of no-tracker-on-sensitive-route gives no reason: write "-- why this is acceptable" after the rule', line: 1, column: 1, endLine: 1, endColumn: 64 }],
      },
    ],
  });

  tester.run(`unused-suppression (${name})`, plugin.rules['unused-suppression'], {
    valid: [{ code: `${suppress('no-tracker-on-sensitive-route', 'test page')}fbq('track', 'PageView');`, filename: file }],
    invalid: [
      {
        code: `${suppress('no-tracker-on-sensitive-route', 'test page')}console.log('no tracker here');`,
        filename: file,
        errors: [{ message: 'Unused suppression: no no-tracker-on-sensitive-route finding starts on line 2', line: 1, column: 1 }],
      },
      {
        // js/search.js runs on the search page only, which is not sensitive: nothing to suppress.
        code: `${suppress('no-tracker-on-sensitive-route', 'test page')}fbq('track', 'PageView');`,
        filename: join(COUNCIL, 'js/search.js'),
        errors: [{ message: 'Unused suppression: no no-tracker-on-sensitive-route finding starts on line 2', line: 1, column: 1 }],
      },
    ],
  });
}
