import type { SensitivePreset } from './preset.js';

export const benefitsAndDebt: SensitivePreset = {
  id: 'benefits-and-debt',
  title: 'Benefits, debt and hardship',
  reason: 'A visit reveals financial hardship: it can be used to target high-cost credit and gambling ads, and it exposes people claiming support.',
  source: 'GOV.UK benefits and "Cost of living" services; council tax support and hardship fund pages of UK councils; FCA guidance on vulnerable customers.',
  routes: ['/benefits/**', '/universal-credit/**', '/council-tax-support/**', '/council-tax-reduction/**', '/hardship/**', '/debt/**', '/debt-advice/**', '/food-bank/**', '/housing-benefit/**', '/homelessness/**'],
  keywords: ['universal credit', 'housing benefit', 'council tax reduction', 'council tax support', 'hardship fund', 'debt advice', 'food bank', 'homeless', 'homelessness', 'benefit claim', 'cost of living support', 'bailiff'],
};
