import { coreRule } from '../util/core-rule.js';

export const unusedSuppression = coreRule({ id: 'unused-suppression' });
