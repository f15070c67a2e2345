import type { ReferenceResolver } from '../resolve.js';

/**
 * `loads-container GTM-XXXX` (a page's GTM snippet) → the container export in the project that
 * declares that public id. Ids are compared upper-case; when several exports declare one id
 * (a workspace and a version export), the first in path order is linked.
 */
export const containerResolver: ReferenceResolver = {
  kinds: ['loads-container'],
  prepare(project) {
    const byId = new Map<string, string>();
    for (const [name, files] of [...(project.declared ?? new Map<string, readonly string[]>())]) {
      const first = [...files].sort()[0];
      if (first !== undefined) byId.set(name.toUpperCase(), first);
    }
    return (ref) => byId.get(ref.specifier.trim().toUpperCase());
  },
};
