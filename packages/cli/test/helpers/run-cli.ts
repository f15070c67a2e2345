import { main } from '@pixel-patrol/cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the injectable main with captured streams, like a non-TTY CI job. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
  });
  return { code, stdout, stderr };
}
