import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '@pixel-patrol/core';
import type { CommandModule } from 'yargs';
import { formatters } from '../formatters/index.js';
import { gateOptions, type GateArgs } from '../gate-options.js';
import { gatedAnalyze } from '../gated-analyze.js';
import type { Io } from '../main.js';

interface ScanArgs extends GateArgs {
  paths: string[];
  config?: string;
  format: string;
  'output-file'?: string;
  'max-warnings': number;
  quiet: boolean;
  color?: boolean;
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
          .option('color', { type: 'boolean', describe: 'Colour the output (default: on a TTY)' }),
      ),
    handler: async (args) => {
      if (!Number.isInteger(args['max-warnings'])) throw new ConfigError(`--max-warnings must be a whole number, got ${String(args['max-warnings'])}`);
      const result = await gatedAnalyze(io, args, { cwd: io.cwd, paths: args.paths, ...(args.config ? { configFile: args.config } : {}) });
      const findings = args.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
      const formatter = formatters[args.format]!;
      const toFile = args['output-file'] !== undefined;
      const color = args.color ?? (!toFile && io.stdout.isTTY === true && io.env.NO_COLOR === undefined);
      const text = formatter(findings, { cwd: io.cwd, color, result });
      if (toFile) writeFileSync(resolve(io.cwd, args['output-file']!), text);
      else io.stdout.write(text);
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const warnings = result.findings.filter((f) => f.severity === 'warn').length;
      const tooManyWarnings = args['max-warnings'] >= 0 && warnings > args['max-warnings'];
      setExit(errors > 0 || tooManyWarnings ? 1 : 0);
    },
  };
}
