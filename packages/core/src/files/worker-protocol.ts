import type { FileStamp } from '../cache/file-stamp.js';
import type { ResolvedConfig } from '../config/config.js';
import type { FileFacts } from '../detectors/front-end.js';
import type { AnalyzedFile } from './analyze-file.js';

/**
 * What the main thread and a file worker say to each other: data only. A worker is told the
 * project once (`WorkerSetup`) and then one file at a time; `id` is the file's index in the run.
 */
export interface WorkerProtocol {
  setup: { root: string; config: ResolvedConfig; keyPrefix: string; cache: boolean };
  toWorker: { type: 'file'; id: number; path: string } | { type: 'cached'; id: number; facts: FileFacts | undefined };
  fromWorker:
    | { type: 'lookup'; id: number; key: string }
    | { type: 'done'; id: number; file: AnalyzedFile; timings: Record<string, number>; saved: Array<[string, FileFacts]>; stamp?: FileStamp; key?: string }
    | { type: 'failed'; id: number; message: string };
}
