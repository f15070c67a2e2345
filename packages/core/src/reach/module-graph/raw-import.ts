/** One module a piece of code imports, before resolution: what `moduleReferences` turns into references. */
export interface RawImport {
  specifier: string;
  /** Offsets of the whole statement or expression in the file. */
  start: number;
  end: number;
  /** Local names for `import … from`; absent for side-effect imports, re-exports and dynamic imports. */
  bindings?: string[];
}
