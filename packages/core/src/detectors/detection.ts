import type { SourceLocation } from '../source/location.js';

export type DetectionKind = 'load' | 'init' | 'event' | 'beacon' | 'consent' | 'setting' | 'config';

/** How sure a detector is: parsed call shape, a strong textual signature, or a token-scan guess. */
export type Certainty = 'certain' | 'likely' | 'possible';

export interface DetectionDetails {
  /** Pixel, tag or account id when it is a literal. */
  id?: string;
  /** Command as written (`init`, `track`, `trackCustom`, `load`, `push`). */
  command?: string;
  /** Event name for `event` detections. */
  event?: string;
  /** Keys of the parameter or user-data object, in source order. */
  keys?: string[];
  /** URL for `load`/`beacon` detections (without scheme). */
  url?: string;
  /** A consent gate around the code, as found (e.g. `type="text/plain"`). */
  gate?: string;
  /** Free-form facts a detector wants a rule or formatter to see. */
  [key: string]: unknown;
}

/** Evidence of tracker activity in one place of one file. Detectors never decide policy. */
export interface Detection {
  tracker: string;
  kind: DetectionKind;
  file: string;
  loc: SourceLocation;
  certainty: Certainty;
  /** The short source excerpt or description that proves the detection. */
  evidence: string;
  details: DetectionDetails;
}
