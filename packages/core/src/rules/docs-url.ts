/** Where the repository publishes `docs/`; rule `meta.docs` paths are relative to it. */
export const REPOSITORY_DOCS_BASE = 'https://github.com/pixel-patrol/pixel-patrol/blob/main/';

export function docsUrl(repoPath: string): string {
  return `${REPOSITORY_DOCS_BASE}${repoPath}`;
}
