import { abuseAndViolence } from './abuse-and-violence.js';
import { addiction } from './addiction.js';
import { benefitsAndDebt } from './benefits-and-debt.js';
import { childrenAndSafeguarding } from './children-and-safeguarding.js';
import { crimeReporting } from './crime-reporting.js';
import { health } from './health.js';
import { immigration } from './immigration.js';
import { lgbtq } from './lgbtq.js';
import { mentalHealth } from './mental-health.js';
import type { SensitivePreset } from './preset.js';
import { sexualHealth } from './sexual-health.js';

export const sensitivePresets: readonly SensitivePreset[] = [
  abuseAndViolence,
  addiction,
  benefitsAndDebt,
  childrenAndSafeguarding,
  crimeReporting,
  health,
  immigration,
  lgbtq,
  mentalHealth,
  sexualHealth,
];
