import { expiredAllow } from './expired-allow.js';
import { noAutomaticEventCapture } from './no-automatic-event-capture.js';
import { noInteractionTrackingOnSensitiveRoute } from './no-interaction-tracking-on-sensitive-route.js';
import { noSensitiveDataInTrackerEvent } from './no-sensitive-data-in-tracker-event.js';
import { noTrackerOnSensitiveRoute } from './no-tracker-on-sensitive-route.js';
import { parseError } from './parse-error.js';
import type { Rule } from './rule.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { unreadableFile } from './unreadable-file.js';
import { unusedSuppression } from './unused-suppression.js';

export const rules: readonly Rule[] = [
  expiredAllow,
  noAutomaticEventCapture,
  noInteractionTrackingOnSensitiveRoute,
  noSensitiveDataInTrackerEvent,
  noTrackerOnSensitiveRoute,
  parseError,
  suppressionWithoutReason,
  unreadableFile,
  unusedSuppression,
];

export const ruleIds: readonly string[] = rules.map((r) => r.meta.id);
