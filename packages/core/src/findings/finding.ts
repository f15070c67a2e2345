import type { Certainty, DetectionKind } from '../detectors/detection.js';
import type { ChainLink } from '../reach/reach.js';
import type { SensitiveReason } from '../sensitivity/sensitivity.js';

export type FindingSeverity = 'error' | 'warn' | 'info';

export interface FindingRoute {
  /** The route pattern the code runs on (`/report/`, `/**` for unknown reach). */
  route: string;
  /** Why the route is sensitive. */
  sensitive: SensitiveReason[];
  /** How the code reaches the route: from the file with the detection to the route's owner. */
  chain: ChainLink[];
  /** The chain in one line: `lib/pixel.ts ← app/layout.tsx (wraps /**)`. */
  proof: string;
}

/** One reported problem, shaped like an ESLint message plus tracker, routes and evidence. */
export interface Finding {
  ruleId: string;
  severity: FindingSeverity;
  /** Path relative to the working directory, posix separators (rules emit project-relative paths). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  tracker?: string;
  activation?: DetectionKind;
  certainty?: Certainty;
  evidence?: string;
  routes?: FindingRoute[];
  /** Stable across line moves: rule, file, tracker, activation and normalised evidence. */
  fingerprint: string;
}

export type FindingDraft = Omit<Finding, 'fingerprint' | 'severity'> & { severity: FindingSeverity | 'off' };
