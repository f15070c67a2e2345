import type { TrackerCategory } from '../trackers/tracker.js';

export type Severity = 'error' | 'warn' | 'info' | 'off';

export interface AllowEntry {
  tracker: string;
  routes: string[];
  reason: string;
  /** ISO date (`YYYY-MM-DD`) after which the exception no longer holds. */
  expires?: string;
}

/** An allow entry as resolved from a file: where its `expires` is written, for findings about it. */
export interface ResolvedAllowEntry extends AllowEntry {
  expiresAt?: { line: number; column: number };
}

export interface RouteMapping {
  files: string;
  route: string;
}

/** `pixel-patrol.config.json` as written by a user. Every key is optional. */
export interface UserConfig {
  $schema?: string;
  sensitive?: { routes?: string[]; presets?: string[]; detectFromContent?: boolean };
  allow?: AllowEntry[];
  routes?: RouteMapping[];
  unknownRoutes?: 'site-wide' | 'ignore';
  severity?: Partial<Record<TrackerCategory, Severity>>;
  rules?: Record<string, Severity>;
  ignore?: string[];
  maxFileSize?: number;
  fileTimeBudgetMs?: number;
}

/** The config with every default filled in. */
export interface ResolvedConfig {
  /** The file it came from, or `null` for defaults. */
  file: string | null;
  sensitive: { routes: string[]; presets: string[]; detectFromContent: boolean };
  allow: ResolvedAllowEntry[];
  routes: RouteMapping[];
  unknownRoutes: 'site-wide' | 'ignore';
  severity: Record<TrackerCategory, Severity>;
  rules: Record<string, Severity>;
  ignore: string[];
  maxFileSize: number;
  fileTimeBudgetMs: number;
}

export const DEFAULT_SEVERITY: Record<TrackerCategory, Severity> = {
  advertising: 'error',
  social: 'error',
  'session-replay': 'error',
  analytics: 'warn',
  'tag-manager': 'warn',
};

export function resolveConfig(user: UserConfig, file: string | null): ResolvedConfig {
  return {
    file,
    sensitive: {
      routes: user.sensitive?.routes ?? [],
      presets: user.sensitive?.presets ?? [],
      detectFromContent: user.sensitive?.detectFromContent ?? true,
    },
    allow: user.allow ?? [],
    routes: user.routes ?? [],
    unknownRoutes: user.unknownRoutes ?? 'site-wide',
    severity: { ...DEFAULT_SEVERITY, ...user.severity },
    rules: user.rules ?? {},
    ignore: user.ignore ?? [],
    maxFileSize: user.maxFileSize ?? 8 * 1024 * 1024,
    fileTimeBudgetMs: user.fileTimeBudgetMs ?? 30_000,
  };
}
