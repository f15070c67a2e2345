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
  /**
   * Where each parameter or user-data value comes from, by key: `literal`, `search-term`,
   * `form-field` (`FormData`, `element.value`, `e.target.x.value`), `url` (`location`, URL parts),
   * `user` (identity the site holds) or `dynamic`. Read by `no-sensitive-data-in-tracker-event`.
   */
  sources?: Record<string, 'literal' | 'search-term' | 'form-field' | 'url' | 'user' | 'dynamic'>;
  /** For `event`: whether the name is one of the vendor's standard events (`false` = custom). */
  standard?: boolean;
  /** For `setting`/`consent`: what is set (`autoConfig`, `dataProcessingOptions`, `user_data`). */
  setting?: string;
  /**
   * The literal value given to a setting or consent command, as written: `false` and `'false'`
   * differ (`fbq('set', 'autoConfig', 'false', id)` does not disable automatic events).
   */
  value?: string | number | boolean | null | string[];
  /**
   * Literal options passed with an `init` (`ReactPixel.init(id, am, { autoConfig: false })`).
   * Read with `setting`/`value` by `no-automatic-event-capture`.
   */
  settings?: Record<string, string | number | boolean | null | string[]>;
  /** npm package a wrapper call, import or framework config goes through. */
  package?: string;
  /** The part of a queue stub that shows hand-written base code (`fbq` assigned, `callMethod`, `queue`). */
  stub?: string;
  /** The code was found inside a string (template literal, `innerHTML`, `dangerouslySetInnerHTML`). */
  embedded?: 'js' | 'html';
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
