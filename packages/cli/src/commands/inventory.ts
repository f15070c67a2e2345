import { analyze } from '@pixel-patrol/core';
import type { CommandModule } from 'yargs';
import { buildInventory } from '../inventory/build-inventory.js';
import { inventoryFormats } from '../inventory/index.js';
import type { Io } from '../main.js';
import { writeOutput } from '../write-output.js';

interface InventoryArgs {
  paths: string[];
  config?: string;
  format: string;
  'output-file'?: string;
}

export function inventoryCommand(io: Io): CommandModule<object, InventoryArgs> {
  return {
    command: 'inventory [paths..]',
    describe: 'List every tracker found and every route it reaches, sensitive or not (evidence for a DPIA)',
    builder: (y) =>
      y
        .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or folders to inventory' })
        .option('config', { alias: 'c', type: 'string', describe: 'Path to pixel-patrol.config.json' })
        .option('format', { alias: 'f', type: 'string', default: 'markdown', choices: Object.keys(inventoryFormats), describe: 'Output format' })
        .option('output-file', { alias: 'o', type: 'string', describe: 'Write the inventory to a file instead of stdout' }),
    handler: async (args) => {
      const result = await analyze({ cwd: io.cwd, paths: args.paths, ...(args.config ? { configFile: args.config } : {}) });
      const text = inventoryFormats[args.format]!(buildInventory(result, io.cwd));
      writeOutput(io, args['output-file'], text);
    },
  };
}
