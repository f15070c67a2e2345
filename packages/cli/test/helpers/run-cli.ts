import { run, type Run } from './run.js';

export type CliRun = Run;

/** `run` with the working directory first, as the git and gate tests call it. */
export function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return run(argv, { cwd, env });
}
