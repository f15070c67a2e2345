import type { DetectionKind } from '../detectors/detection.js';

export type TrackerCategory = 'advertising' | 'social' | 'session-replay' | 'analytics' | 'tag-manager';

export interface TrackerPackage {
  /** npm package name, or a glob such as `gatsby-plugin-*facebook-pixel*`. */
  name: string;
  /** Exported functions or methods (on the default, namespace or named export) and the activity each is. */
  api?: Record<string, DetectionKind>;
  /**
   * Installed by framework configuration (a Gatsby plugin, a Nuxt module): the option keys that
   * hold the account id, and the top-level Nuxt config key its options may sit under.
   */
  config?: { idOptions: string[]; optionsKey?: string };
}

export interface TrackerExample {
  lang: 'js' | 'html';
  code: string;
  /** Detection kinds the real detectors must find in `code`, in source order. */
  expect: DetectionKind[];
}

/** Pure data about one vendor product. Detectors are driven by it; nothing here runs. */
export interface Tracker {
  id: string;
  name: string;
  vendor: string;
  category: TrackerCategory;
  /** Global functions or objects the vendor snippet defines (`fbq`, `ttq`). */
  globals: string[];
  /** Command (first string argument or method name) to the kind of activity it is. */
  commands: Record<string, DetectionKind>;
  /** Script URL patterns, `host/path` globs without the scheme. */
  scripts: string[];
  /** Beacon URL patterns (`<img>`, `new Image().src`, `fetch`). */
  beacons: string[];
  packages: TrackerPackage[];
  gtm: { tagTypes: string[]; templates: string[] };
  examples: TrackerExample[];
  /**
   * Account, pixel or container id shapes this tracker owns (regular expression sources). They
   * attribute a shared loader or global (`gtag('config', 'AW-…')` is Google Ads, `G-…` Analytics)
   * and pick the id out of a snippet's arguments.
   */
  ids?: string[];
  /** Members of the queue stub the base code defines on the global (`fbq.callMethod`, `fbq.queue`). */
  stub?: string[];
  /** Event names the vendor defines; any other name sent with a tracking command is custom. */
  standardEvents?: string[];
  /** Keys of user data that identify a person (advanced matching, `identify` payloads). */
  identityKeys?: string[];
  /**
   * The tracker collects interactions by itself (Meta's automatic events send button text) unless
   * `setting` is set to `false` before `init`.
   */
  autoCapture?: { setting: string; what: string };
}
