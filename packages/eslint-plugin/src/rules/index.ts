import { noAutomaticEventCapture } from './no-automatic-event-capture.js';
import { noSensitiveDataInTrackerEvent } from './no-sensitive-data-in-tracker-event.js';
import { noTrackerOnSensitiveRoute } from './no-tracker-on-sensitive-route.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { unusedSuppression } from './unused-suppression.js';

export const rules = {
  'no-automatic-event-capture': noAutomaticEventCapture,
  'no-sensitive-data-in-tracker-event': noSensitiveDataInTrackerEvent,
  'no-tracker-on-sensitive-route': noTrackerOnSensitiveRoute,
  'suppression-without-reason': suppressionWithoutReason,
  'unused-suppression': unusedSuppression,
};
