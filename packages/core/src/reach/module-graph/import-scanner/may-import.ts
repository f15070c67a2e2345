const WORDS = /\b(?:import|export|require)\b|\\u/;

/**
 * Whether `code` may import anything. Every import needs `import`, `export` or `require` as a
 * token, and a keyword can only hide behind an escape where the code holds a `\u`; so code
 * without any of them imports nothing and need not be scanned (a bundle with neither ESM nor CommonJS left in it).
 */
export function mayImport(code: string): boolean {
  return WORDS.test(code);
}
