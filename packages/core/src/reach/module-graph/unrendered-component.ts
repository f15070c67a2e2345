function escape(s: string): string {
  return s.replace(/[$]/g, '\\$');
}

/** `PixelTracker` → `pixel-tracker`, how Vue templates may write the same component. */
function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Whether an import only brings in components that the file never mentions again: such a
 * component is never rendered here, so the import must not widen the importer's reach to it.
 * Lower-case bindings (functions, modules) always count as used: calling them cannot be ruled
 * out this cheaply. `rest` is the file text with import statements blanked out.
 */
export function unrenderedComponent(bindings: readonly string[], rest: string): boolean {
  if (bindings.length === 0 || !bindings.every((b) => /^[A-Z]/.test(b))) return false;
  return bindings.every((b) => {
    const names = [escape(b), escape(kebab(b))];
    return !new RegExp(`(?<![\\w$-])(?:${names.join('|')})(?![\\w$-])`).test(rest);
  });
}
