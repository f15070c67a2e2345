import { googleTagManager } from './google-tag-manager.js';
import { metaPixel } from './meta-pixel.js';
import type { Tracker } from './tracker.js';

export const trackers: readonly Tracker[] = [googleTagManager, metaPixel];
