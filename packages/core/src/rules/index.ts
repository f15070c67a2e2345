import { noInteractionTrackingOnSensitiveRoute } from './no-interaction-tracking-on-sensitive-route.js';
import { noTrackerOnSensitiveRoute } from './no-tracker-on-sensitive-route.js';
import { parseError } from './parse-error.js';
import type { Rule } from './rule.js';
import { unreadableFile } from './unreadable-file.js';

export const rules: readonly Rule[] = [noInteractionTrackingOnSensitiveRoute, noTrackerOnSensitiveRoute, parseError, unreadableFile];

export const ruleIds: readonly string[] = rules.map((r) => r.meta.id);
