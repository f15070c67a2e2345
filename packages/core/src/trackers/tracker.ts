import type { DetectionKind } from '../detectors/detection.js';

export type TrackerCategory = 'advertising' | 'social' | 'session-replay' | 'analytics' | 'tag-manager';

export interface TrackerPackage {
  /** npm package name, or a name pattern such as `gatsby-plugin-*facebook-pixel*`. */
  name: string;
  /** Exported functions or methods that send data to the vendor. */
  api?: string[];
}

export interface TrackerExample {
  lang: 'js' | 'html';
  code: string;
  /** Detection kinds the real detectors must find in `code`. */
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
}
