import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '@pixel-patrol/core';
import type { CommandModule } from 'yargs';
import type { Io } from '../main.js';
import { writeOutput } from '../write-output.js';
import { mergeReports, type MergeFormat, type Report } from '../merge/merge-reports.js';

interface MergeArgs {
  reports: string[];
  format?: MergeFormat;
  'output-file'?: string;
  'max-warnings': number;
}

export function mergeCommand(io: Io, setExit: (code: number) => void): CommandModule<object, MergeArgs> {
  return {
    command: 'merge <reports..>',
    describe: 'Merge the JSON or SARIF outputs of "scan --shard I/N" runs into the report of one unsharded run',
    builder: (y) =>
      y
        .positional('reports', { type: 'string', array: true, demandOption: true, describe: 'Shard outputs, all of one format' })
        .option('format', { alias: 'f', type: 'string', choices: ['json', 'sarif'] as const, describe: 'Format of the inputs and the output (default: detected)' })
        .option('output-file', { alias: 'o', type: 'string', describe: 'Write the merged report to a file instead of stdout' })
        .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' }),
    handler: (args) => {
      const reports: Report[] = args.reports.map((file) => {
        try {
          return { file, text: readFileSync(resolve(io.cwd, file), 'utf8') };
        } catch (e) {
          throw new ConfigError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        }
      });
      const merged = mergeReports(reports, args.format);
      writeOutput(io, args['output-file'], merged.text);
      const tooMany = args['max-warnings'] >= 0 && merged.warnings > args['max-warnings'];
      setExit(merged.errors > 0 || tooMany ? 1 : 0);
    },
  };
}
