import { crimeReporting } from './crime-reporting.js';
import type { SensitivePreset } from './preset.js';

export const sensitivePresets: readonly SensitivePreset[] = [crimeReporting];
