import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { RuleTester } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import tseslint from 'typescript-eslint';
import { COUNCIL, councilSettings } from './helpers.js';

// svelte-eslint-parser hands rules one program holding the <script> blocks and the markup.
const tester = new RuleTester({ settings: councilSettings, languageOptions: { parser: svelteParser } });
const file = join(COUNCIL, 'src/ReportForm.svelte');
const anywhere = 'may run on any route (no route is known for this file), including sensitive /report/** (sensitive.routes "/report/**")';

tester.run('no-tracker-on-sensitive-route (svelte-eslint-parser)', plugin.rules['no-tracker-on-sensitive-route'], {
  valid: [{ code: '<script>\n  let sent = false;\n</script>\n<button on:click={() => (sent = true)}>Send</button>', filename: file }],
  invalid: [
    {
      code: "<script>\n  fbq('init', '771203948812345');\n</script>\n<button on:click={() => fbq('track', 'Lead')}>Send</button>",
      filename: file,
      errors: [
        { message: `Meta Pixel is initialised with id 771203948812345 and ${anywhere}`, line: 2, column: 3 },
        { message: `Meta Pixel sends event "Lead" and ${anywhere}`, line: 4, column: 25 },
      ],
    },
  ],
});

tester.run('no-sensitive-data-in-tracker-event (svelte-eslint-parser, TS script)', plugin.rules['no-sensitive-data-in-tracker-event'], {
  valid: [],
  invalid: [
    {
      code: "<script lang=\"ts\">\n  let query: string = '';\n  const send = (): void => window.fbq!('track', 'Search', { search_string: query as string });\n</script>\n<input bind:value={query} on:change={send} />",
      filename: file,
      languageOptions: { parserOptions: { parser: tseslint.parser } },
      errors: [{ message: 'Meta Pixel event "Search" sends search_string (a search term) on sensitive route /**', line: 3, column: 28 }],
    },
  ],
});
