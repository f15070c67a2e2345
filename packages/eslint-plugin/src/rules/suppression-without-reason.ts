import { coreRule } from '../util/core-rule.js';

export const suppressionWithoutReason = coreRule({ id: 'suppression-without-reason' });
