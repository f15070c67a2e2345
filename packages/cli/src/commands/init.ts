import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze, CONFIG_FILE, ConfigError, loadConfig, resolveConfig, sensitivePresets, type UserConfig } from '@pixel-patrol/core';
import type { CommandModule } from 'yargs';
import { detectProject } from '../init/detect-project.js';
import type { Io } from '../main.js';

interface InitArgs {
  dir: string;
  force: boolean;
}

const SCHEMA = './node_modules/@pixel-patrol/core/schema/pixel-patrol.config.schema.json';

export function initCommand(io: Io): CommandModule<object, InitArgs> {
  return {
    command: 'init [dir]',
    describe: 'Detect the framework, output folders and sensitive routes, and write pixel-patrol.config.json',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', default: '.', describe: 'Project folder' })
        .option('force', { type: 'boolean', default: false, describe: `Overwrite an existing ${CONFIG_FILE}` }),
    handler: async (args) => {
      const dir = resolve(io.cwd, args.dir);
      if (!existsSync(dir)) throw new ConfigError(`path not found: ${args.dir}`);
      const file = join(dir, CONFIG_FILE);
      const shown = relative(io.cwd, file) || CONFIG_FILE;
      if (existsSync(file) && !args.force) throw new ConfigError(`${shown} already exists; use --force to overwrite it`, file);

      // Map the site with every preset on: a preset is chosen when one of its globs meets a real route.
      const allPresets = sensitivePresets.map((p) => p.id);
      const result = await analyze({ cwd: dir, config: resolveConfig({ sensitive: { presets: allPresets } }, null) });
      const chosen = new Map<string, string[]>();
      const routes = new Map<string, string>();
      const byContent = new Map<string, string>();
      for (const r of result.routes) {
        for (const s of r.sensitive) {
          if (s.source === 'preset') {
            const id = s.origin.replace(/^preset /, '');
            chosen.set(id, [...new Set([...(chosen.get(id) ?? []), r.pattern])]);
            if (!routes.has(r.pattern)) routes.set(r.pattern, `${s.origin} "${s.match}"`);
          } else if (s.source === 'content' && !byContent.has(r.pattern)) byContent.set(r.pattern, s.match);
        }
      }
      const config: UserConfig = {
        $schema: SCHEMA,
        sensitive: { presets: [...chosen.keys()].sort(), routes: [...routes.keys()].sort() },
      };
      writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
      loadConfig(file);

      const shape = detectProject(dir);
      const mappers = [...new Set(result.routes.map((r) => r.mapper))].sort();
      const home = result.routes.find((r) => r.mapper === 'static-output' && r.pattern === '/');
      const out = [
        `Wrote ${shown}`,
        `  framework: ${shape.frameworks.join(', ') || 'none recognised (static files)'}`,
        `  output folders: ${shape.outputs.join(', ') || 'none found'}`,
        ...(home ? [`  static pages served from: ${home.file.replace(/index\.html?$/i, '') || './'}`] : []),
        `  routes: ${result.routes.length} mapped${mappers.length ? ` by ${mappers.join(', ')}` : ''}`,
        `  presets: ${[...chosen].map(([id, pages]) => `${id} (matches ${pages.length} route${pages.length === 1 ? '' : 's'})`).join(', ') || 'none matched'}`,
        ...(routes.size ? ['  sensitive routes:', ...[...routes].sort().map(([p, why]) => `    ${p}  ${why}`)] : []),
        ...(byContent.size ? ['  sensitive by content (found again on every scan):', ...[...byContent].sort().map(([p, why]) => `    ${p}  ${why}`)] : []),
      ];
      if (result.routes.length === 0) out.push('No routes were found: build the site first, or map files to routes with "routes" in the config.');
      else if (routes.size === 0) out.push('No route matched a preset: list your sensitive pages in "sensitive.routes".');
      out.push('Review the sensitive routes, then run "pixel-patrol scan".');
      io.stdout.write(`${out.join('\n')}\n`);
    },
  };
}
