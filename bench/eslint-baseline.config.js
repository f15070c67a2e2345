// What a team would configure today: ESLint with no-restricted-syntax against fbq calls.
import tseslint from 'typescript-eslint';

const rule = ['error', { selector: "CallExpression[callee.name='fbq'], CallExpression[callee.property.name='fbq']", message: 'no fbq' }];

export default [
  { files: ['**/*.js'], rules: { 'no-restricted-syntax': rule } },
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } }, rules: { 'no-restricted-syntax': rule } },
];
