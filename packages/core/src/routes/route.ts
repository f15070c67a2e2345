/** What a file is to the router: a page, a layout wrapping a subtree, or an entry that runs everywhere. */
export type RouteRole = 'page' | 'layout' | 'entry';

/** A file that runs on the URLs matching `pattern` (`/report/`, `/report/**`, `/**`). */
export interface RouteEntry {
  file: string;
  pattern: string;
  role: RouteRole;
  /** Id of the mapper (or `config`) that decided it. */
  mapper: string;
  /** Why, in words: "report/index.html in static output". */
  reason: string;
}

export interface ProjectFiles {
  root: string;
  /** Every analysed file, relative to root, posix. */
  files: readonly string[];
  /** Parsed package.json at the root, when present. */
  packageJson?: { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; imports?: Record<string, unknown> };
  /** Names files declare for references to find them (a GTM export's public id) → those files. */
  declared?: ReadonlyMap<string, readonly string[]>;
}

export interface RouteMapper {
  id: string;
  /** Documentation of the framework's routing convention. */
  docs: string;
  enabled(project: ProjectFiles): boolean;
  map(project: ProjectFiles): RouteEntry[];
}
