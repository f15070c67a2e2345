import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { COUNCIL, parsers } from './helpers.js';

const rule = plugin.rules['no-sensitive-data-in-tracker-event'];
// Loaded by the sensitive report page; js/search.js only by the search page, which is not sensitive.
const file = join(COUNCIL, 'js/pixel.js');

for (const { name, tester } of parsers) {
  tester.run(`no-sensitive-data-in-tracker-event (${name})`, rule, {
    valid: [
      { code: "fbq('track', 'Search');", filename: file },
      { code: "fbq('track', 'ViewContent', { content_name: 'Council tax bands' });", filename: file },
      { code: "fbq('init', '771203948812345');", filename: file },
      { code: "send('track', 'Search', { q: input.value });", filename: file },
      { code: "fbq('track', 'Search', { search_string: input.value });", filename: join(COUNCIL, 'js/search.js') },
    ],
    invalid: [
      {
        code: "fbq('track', 'Search', { search_string: document.getElementById('q').value });",
        filename: file,
        errors: [{ message: 'Meta Pixel event "Search" sends search_string (a search term) on sensitive route /report/', line: 1, column: 1, endLine: 1, endColumn: 78 }],
      },
      {
        code: "fbq('init', '771203948812345', { em: user.email, external_id: user.id });",
        filename: file,
        errors: [{ message: 'Meta Pixel init sends em (identity), external_id (identity) on sensitive route /report/', line: 1, column: 1 }],
      },
      {
        code: "window.fbq('trackCustom', 'ReportCrime', { page: location.pathname });",
        filename: file,
        errors: [{ message: 'Meta Pixel event "ReportCrime" sends page (the page URL) on sensitive route /report/', line: 1, column: 1 }],
      },
      {
        code: "const form = document.forms[0];\nfbq('trackCustom', 'FormStep', { data: new FormData(form) });",
        filename: file,
        errors: [{ message: 'Meta Pixel event "FormStep" sends data (a form field) on sensitive route /report/', line: 2, column: 1 }],
      },
      {
        // A file no page loads may run anywhere, the report page included.
        code: "fbq('track', 'Search', { q: term });",
        filename: join(COUNCIL, 'js/not-linked-yet.js'),
        errors: [{ message: 'Meta Pixel event "Search" sends q (a search term) on sensitive route /**', line: 1, column: 1 }],
      },
    ],
  });
}
