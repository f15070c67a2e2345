import { ConfigError } from '@pixel-patrol/core';
import type { CommandModule } from 'yargs';
import { formatters } from '../formatters/index.js';
import { gateOptions, type GateArgs } from '../gate-options.js';
import { gatedAnalyze } from '../gated-analyze.js';
import type { Io } from '../main.js';
import { report } from '../report.js';

interface ScanArgs extends GateArgs {
  paths: string[];
  config?: string;
  format: string;
  'output-file'?: string;
  'max-warnings': number;
  quiet: boolean;
  color?: boolean;
  baseline?: string;
  'update-baseline': boolean;
}

export function scanCommand(io: Io, setExit: (code: number) => void): CommandModule<object, ScanArgs> {
  return {
    command: ['scan [paths..]', '$0 [paths..]'],
    describe: 'Scan files and folders for trackers on sensitive routes (default command)',
    builder: (y) =>
      gateOptions(
        y
          .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to scan' })
          .option('config', { alias: 'c', type: 'string', describe: 'Path to pixel-patrol.config.json' })
          .option('format', { alias: 'f', type: 'string', default: 'stylish', choices: Object.keys(formatters), describe: 'Output format' })
          .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file instead of stdout' })
          .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
          .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
          .option('color', { type: 'boolean', describe: 'Colour the output (default: on a TTY)' })
          .option('baseline', { type: 'string', describe: 'Accept the findings listed in this baseline file; new ones still fail' })
          .option('update-baseline', { type: 'boolean', default: false, describe: 'Write every current finding to the --baseline file' }),
      ),
    handler: async (args) => {
      if (!Number.isInteger(args['max-warnings'])) throw new ConfigError(`--max-warnings must be a whole number, got ${String(args['max-warnings'])}`);
      if (args['update-baseline'] && !args.baseline) throw new ConfigError('--update-baseline needs --baseline FILE (the file to write)');
      const result = await gatedAnalyze(io, args, { cwd: io.cwd, paths: args.paths, ...(args.config ? { configFile: args.config } : {}) });
      const { paths, format, quiet, color, baseline } = args;
      setExit(report(io, { paths, format, quiet, color, baseline, outputFile: args['output-file'], maxWarnings: args['max-warnings'], updateBaseline: args['update-baseline'] }, result));
    },
  };
}
