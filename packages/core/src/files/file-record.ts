import type { FileKind } from './file-kind.js';

/** Every discovered file ends in exactly one of these states. */
export type FileState = 'scanned' | 'skipped-by-config' | 'skipped-as-binary' | 'too-large' | 'unreadable' | 'parse-failed';

export interface FileRecord {
  /** Relative to the project root, posix. */
  path: string;
  kind: FileKind;
  state: FileState;
  bytes: number;
  detections: number;
  /** Why the file is not `scanned`, or the parse error. */
  reason?: string;
  line?: number;
  column?: number;
}
