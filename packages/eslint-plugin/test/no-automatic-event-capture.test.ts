import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { COUNCIL, parsers } from './helpers.js';

const rule = plugin.rules['no-automatic-event-capture'];
// Loaded by the sensitive report page; js/search.js only by the search page, which is not sensitive.
const file = join(COUNCIL, 'js/pixel.js');
const LEFT_ON = 'Meta Pixel is initialised on sensitive route /report/ with automatic events (the text of clicked buttons and page metadata) left on:';
const message = `${LEFT_ON} call set('autoConfig', false, id) before init to turn it off`;

for (const { name, tester } of parsers) {
  tester.run(`no-automatic-event-capture (${name})`, rule, {
    valid: [
      { code: "fbq('set', 'autoConfig', false, '771203948812345');\nfbq('init', '771203948812345');", filename: file },
      // Without an id the setting applies to every pixel on the page.
      { code: "fbq('set', 'autoConfig', false);\nfbq('init', '771203948812345');", filename: file },
      { code: "fbq('track', 'PageView');", filename: file },
      { code: "analytics.init('771203948812345');", filename: file },
      { code: "fbq('init', '771203948812345');", filename: join(COUNCIL, 'js/search.js') },
    ],
    invalid: [
      {
        code: "fbq('init', '771203948812345');\nfbq('track', 'PageView');",
        filename: file,
        errors: [
          {
            message,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'disableAutoConfig',
                data: { callee: 'fbq', id: '771203948812345' },
                output: "fbq('set', 'autoConfig', false, '771203948812345');\nfbq('init', '771203948812345');\nfbq('track', 'PageView');",
              },
            ],
          },
        ],
      },
      {
        // The string 'false' is not the boolean Meta expects, and a setting after init is too late.
        code: "fbq('set', 'autoConfig', 'false', '1');\nfbq('init', '1');\nfbq('set', 'autoConfig', false, '1');",
        filename: file,
        errors: [
          {
            message: `${LEFT_ON} 'autoConfig' is set to the string 'false', which does not turn it off; pass the boolean false`,
            line: 2,
            column: 1,
            suggestions: [{ messageId: 'disableAutoConfig', output: "fbq('set', 'autoConfig', 'false', '1');\nfbq('set', 'autoConfig', false, '1');\nfbq('init', '1');\nfbq('set', 'autoConfig', false, '1');" }],
          },
        ],
      },
      {
        // The other pixel's setting does not cover this one; the suggestion keeps the indentation and callee.
        code: "function boot() {\n  window.fbq('set', 'autoConfig', false, '2');\n  window.fbq('init', '1');\n}",
        filename: file,
        errors: [
          {
            message,
            line: 3,
            column: 3,
            suggestions: [{ messageId: 'disableAutoConfig', output: "function boot() {\n  window.fbq('set', 'autoConfig', false, '2');\n  window.fbq('set', 'autoConfig', false, '1');\n  window.fbq('init', '1');\n}" }],
          },
        ],
      },
      {
        // No literal id to repeat: no suggestion.
        code: 'fbq(`init`, pixelId);',
        filename: file,
        errors: [{ message, line: 1, column: 1, suggestions: [] }],
      },
    ],
  });
}
