import { ConfigError } from '@pixel-patrol/core';
import yargs from 'yargs';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { inventoryCommand } from './commands/inventory.js';
import { mergeCommand } from './commands/merge.js';
import { routesCommand } from './commands/routes.js';
import { scanCommand } from './commands/scan.js';

class UsageError extends Error {}

export interface MainOptions {
  argv: string[];
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

export type Io = Required<MainOptions>;

/** The CLI, injectable for tests: returns the exit code instead of exiting. */
export async function main(options: MainOptions): Promise<number> {
  const io: Io = { env: process.env, ...options };
  let exitCode = 0;
  const parser = yargs(options.argv)
    .scriptName('pixel-patrol')
    .usage('$0 [command] [paths..]\n\nFinds advertising and session-replay trackers that reach sensitive pages.')
    .command(scanCommand(io, (code) => (exitCode = code)))
    .command(routesCommand(io))
    .command(initCommand(io))
    .command(inventoryCommand(io))
    .command(explainCommand(io))
    .command(mergeCommand(io, (code) => (exitCode = code)))
    .strict()
    .help()
    .version(false)
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  try {
    // A parse callback hands `--help` text back instead of printing it, so it goes to io.stdout.
    await parser.parseAsync(options.argv, {}, (_err, _argv, output) => {
      if (output) io.stdout.write(`${output}\n`);
    });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`pixel-patrol: ${e.message}\nRun "pixel-patrol --help" for usage.\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.stderr.write(`pixel-patrol: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`pixel-patrol: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
  return exitCode;
}
