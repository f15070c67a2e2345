import { coreRule } from '../util/core-rule.js';

export const noTrackerOnSensitiveRoute = coreRule({ id: 'no-tracker-on-sensitive-route', reportsConfigErrors: true });
