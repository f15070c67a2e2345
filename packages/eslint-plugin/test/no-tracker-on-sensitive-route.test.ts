import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { COUNCIL, parsers } from './helpers.js';

const rule = plugin.rules['no-tracker-on-sensitive-route'];
const badConfigDir = mkdtempSync(join(tmpdir(), 'pp-eslint-config-'));
writeFileSync(join(badConfigDir, 'pixel-patrol.config.json'), '{"sensitive": {"routse": ["/report/**"]}}');
const noConfigDir = mkdtempSync(join(tmpdir(), 'pp-eslint-none-'));

const onReport = (what: string) =>
  `Meta Pixel ${what} and runs on sensitive route /report/ (sensitive.routes "/report/**")`;

for (const { name, tester, lookup } of parsers) {
  tester.run(`no-tracker-on-sensitive-route (${name})`, rule, {
    valid: [
      // js/search.js is loaded by /search/ only, which is not sensitive.
      { code: "window.fbq('track', 'Search');", filename: join(COUNCIL, 'js/search.js') },
      { code: "console.log('fbq is not loaded here');", filename: join(COUNCIL, 'js/pixel.js') },
      { code: "const track = (name) => name; track('PageView');", filename: join(COUNCIL, 'js/pixel.js') },
      // The allow entry covers the jobs pages; a script only they load may run the pixel.
      { code: "fbq('track', 'PageView');", filename: join(COUNCIL, 'jobs/index.html') },
    ],
    invalid: [
      {
        code: "fbq('init', '771203948812345');\nfbq('track', 'PageView');",
        filename: join(COUNCIL, 'js/pixel.js'),
        errors: [
          { message: onReport('is initialised with id 771203948812345'), line: 1, column: 1, endLine: 1, endColumn: 31 },
          { message: onReport('sends event "PageView"'), line: 2, column: 1 },
        ],
      },
      {
        code: "var s = document.createElement('script');\ns.src = 'https://connect.facebook.net/en_GB/fbevents.js';",
        filename: join(COUNCIL, 'js/pixel.js'),
        errors: [{ message: onReport('is loaded'), line: 2, column: 9 }],
      },
      {
        // A file no page loads: its route is unknown, so it is assumed to run everywhere.
        code: "globalThis['fbq']?.('trackCustom', 'Download');",
        filename: join(COUNCIL, 'js/not-linked-yet.js'),
        errors: [
          {
            message:
              'Meta Pixel sends event "Download" and may run on any route (no route is known for this file), including sensitive /report/** (sensitive.routes "/report/**")',
            line: 1,
            column: 1,
          },
        ],
      },
    ],
  });
  lookup.run(`no-tracker-on-sensitive-route (${name}, config found upward)`, rule, {
    valid: [
      // No config anywhere above: no route is sensitive.
      { code: "fbq('track', 'PageView');", filename: join(noConfigDir, 'app.js') },
    ],
    invalid: [
      {
        code: "fbq('track', 'PageView');",
        filename: join(badConfigDir, 'js/app.js'),
        errors: [
          {
            messageId: 'configError',
            data: { configFile: join(badConfigDir, 'pixel-patrol.config.json'), message: `${join(badConfigDir, 'pixel-patrol.config.json')}:1:16: unknown key "sensitive.routse" (did you mean "routes"?)` },
            line: 1,
            column: 1,
          },
        ],
      },
    ],
  });
}

const ts = parsers[1].tester;
ts.run('no-tracker-on-sensitive-route (typescript-eslint, TS syntax)', rule, {
  valid: [{ code: "const fbq = (e: string): void => undefined;\nexport {};", filename: join(COUNCIL, 'src/local.ts') }],
  invalid: [
    {
      code: "(window as unknown as { fbq: (...a: unknown[]) => void }).fbq('track', 'Lead');\nwindow.fbq!('track', 'Contact');",
      filename: join(COUNCIL, 'src/lead.ts'),
      errors: [
        { message: /^Meta Pixel sends event "Lead" and may run on any route/, line: 1, column: 1 },
        { message: /^Meta Pixel sends event "Contact" and may run on any route/, line: 2, column: 1 },
      ],
    },
    {
      code: "export const Pixel = () => <button onClick={() => fbq('track', 'Lead')}>Apply</button>;",
      filename: join(COUNCIL, 'src/pixel-button.tsx'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [{ message: /^Meta Pixel sends event "Lead"/, line: 1, column: 51 }],
    },
  ],
});
