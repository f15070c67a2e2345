// The one-file change the `--cache` and `--staged` runs make: a new export in one generated component.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Present in every generated tree (module 1 is always a component); relative to the tree root. */
export const EDITED_COMPONENT = 'app/components/c1.tsx';

/** Appends a deterministic line to the component and returns a function that restores it. */
export function editOneComponent(tree) {
  const file = join(tree, EDITED_COMPONENT);
  const before = readFileSync(file);
  appendFileSync(file, "export const benchEdited = 'one changed file';\n");
  return () => writeFileSync(file, before);
}
