import { join } from 'node:path';
import plugin from '@pixel-patrol/eslint-plugin';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import { COUNCIL, councilSettings } from './helpers.js';

// vue-eslint-parser hands rules the <script> program, with the template tree on `templateBody`.
const tester = new RuleTester({ settings: councilSettings, languageOptions: { parser: vueParser } });
const file = join(COUNCIL, 'src/ReportForm.vue');

tester.run('no-tracker-on-sensitive-route (vue-eslint-parser)', plugin.rules['no-tracker-on-sensitive-route'], {
  valid: [{ code: '<template><button @click="submit">Send</button></template>\n<script>\nexport default { methods: { submit() {} } };\n</script>', filename: file }],
  invalid: [
    {
      code: "<template>\n  <button @click=\"fbq('track', 'Lead')\">Send</button>\n</template>\n<script setup>\nfbq('init', '771203948812345');\n</script>",
      filename: file,
      errors: [
        { message: /^Meta Pixel sends event "Lead" and may run on any route/, line: 2, column: 19 },
        { message: /^Meta Pixel is initialised with id 771203948812345 and may run on any route/, line: 5, column: 1 },
      ],
    },
  ],
});

tester.run('no-sensitive-data-in-tracker-event (vue-eslint-parser, TS script)', plugin.rules['no-sensitive-data-in-tracker-event'], {
  valid: [],
  invalid: [
    {
      code: "<script setup lang=\"ts\">\nconst query = defineModel<string>();\nwindow.fbq!('track', 'Search', { search_string: query.value as string });\n</script>",
      filename: file,
      languageOptions: { parserOptions: { parser: tseslint.parser } },
      errors: [{ message: 'Meta Pixel event "Search" sends search_string (a search term) on sensitive route /**', line: 3, column: 1 }],
    },
  ],
});
