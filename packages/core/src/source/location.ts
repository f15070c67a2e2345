/** A span in a source file. Lines and columns are 1-based (ESLint convention). */
export interface SourceLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
