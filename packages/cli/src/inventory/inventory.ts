import type { Certainty, DetectionKind, TrackerCategory } from '@pixel-patrol/core';

export interface InventoryDetection {
  file: string;
  line: number;
  column: number;
  kind: DetectionKind;
  certainty: Certainty;
  evidence: string;
}

export interface InventoryReach {
  route: string;
  /** The page, layout or entry file that owns the route. */
  owner: string;
  sensitive: string[];
  /** The reason of the config `allow` entry that covers this tracker here, if any (expired entries never cover). */
  allowed?: string;
  /** `js/pixel.js ← report/index.html (page /report/)`; for unknown reach, why it is assumed site-wide. */
  proof: string;
}

export interface InventoryTracker {
  id: string;
  name: string;
  vendor: string;
  category: TrackerCategory;
  detections: InventoryDetection[];
  routes: InventoryReach[];
}

/** Every tracker found and every route it reaches: the evidence for a DPIA. */
export interface Inventory {
  version: 1;
  /** Project root, relative to the working directory. */
  root: string;
  trackers: InventoryTracker[];
  routes: Array<{ route: string; owner: string; sensitive: string[]; trackers: string[] }>;
}
