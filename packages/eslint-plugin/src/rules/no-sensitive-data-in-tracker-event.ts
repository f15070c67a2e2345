import { coreRule } from '../util/core-rule.js';

export const noSensitiveDataInTrackerEvent = coreRule({ id: 'no-sensitive-data-in-tracker-event' });
