import { relative } from 'node:path';
import { analyze, type AnalysisResult, type RouteReport } from '@pixel-patrol/core';
import type { CommandModule } from 'yargs';
import type { Io } from '../main.js';

interface RoutesArgs {
  path: string;
  config?: string;
  format: string;
}

function trackerLine(t: RouteReport['reachedBy'][number]): string {
  const proof = t.proof.startsWith(t.file) ? `${t.file}:${t.line}:${t.column}${t.proof.slice(t.file.length)}` : t.proof;
  return `    ${t.tracker}: ${proof}`;
}

/** One block per route: pattern, role, file; why it is sensitive; each tracker with its chain. */
export function routeMapText(result: AnalysisResult, cwd: string): string {
  const where = relative(cwd, result.root) || '.';
  if (result.routes.length === 0) {
    return `No routes found in ${where}: no route mapper recognised this project, so every tracker there counts as site-wide.\n`;
  }
  const out = [`Routes in ${where}`, ''];
  for (const r of result.routes) {
    out.push(`${r.pattern}  ${r.role}  ${r.file}  (${r.mapper})`);
    if (r.sensitive.length > 0) out.push(`    sensitive: ${r.sensitive.map((s) => `${s.origin} "${s.match}"`).join(', ')}`);
    out.push(...r.reachedBy.map(trackerLine));
  }
  const sensitive = result.routes.filter((r) => r.sensitive.length > 0);
  const exposed = sensitive.filter((r) => r.trackers.length > 0).length;
  out.push('', `${result.routes.length} routes, ${sensitive.length} sensitive, ${exposed} sensitive reached by trackers`);
  return `${out.join('\n')}\n`;
}

export function routeMapJson(result: AnalysisResult): string {
  const routes = result.routes.map((r) => ({
    pattern: r.pattern,
    file: r.file,
    role: r.role,
    mapper: r.mapper,
    reason: r.reason,
    sensitive: r.sensitive,
    trackers: r.reachedBy,
  }));
  return `${JSON.stringify({ version: 1, routes }, null, 2)}\n`;
}

export function routesCommand(io: Io): CommandModule<object, RoutesArgs> {
  return {
    command: 'routes [path]',
    describe: 'Print the route map: each route, its source file, whether it is sensitive and why, and the trackers that reach it',
    builder: (y) =>
      y
        .positional('path', { type: 'string', default: '.', describe: 'Project folder' })
        .option('config', { alias: 'c', type: 'string', describe: 'Path to pixel-patrol.config.json' })
        .option('format', { alias: 'f', type: 'string', default: 'text', choices: ['text', 'json'], describe: 'Output format' }),
    handler: async (args) => {
      const result = await analyze({ cwd: io.cwd, paths: [args.path], ...(args.config ? { configFile: args.config } : {}) });
      io.stdout.write(args.format === 'json' ? routeMapJson(result) : routeMapText(result, io.cwd));
    },
  };
}
