import { ConfigError, didYouMean } from '@pixel-patrol/core';
import type { CommandModule } from 'yargs';
import type { Io } from '../main.js';
import { renderMarkdown } from '../render-markdown.js';
import { ruleDocs } from '../rule-docs.js';

interface ExplainArgs {
  rule: string;
  color?: boolean;
}

export function explainCommand(io: Io): CommandModule<object, ExplainArgs> {
  return {
    command: 'explain <rule>',
    describe: 'Show a rule’s documentation: why it matters, what it checks, wrong and right examples',
    builder: (y) =>
      y
        .positional('rule', { type: 'string', demandOption: true, describe: 'Rule id, e.g. no-tracker-on-sensitive-route' })
        .option('color', { type: 'boolean', describe: 'Colour the output (default: on a TTY)' }),
    handler: (args) => {
      const known = Object.keys(ruleDocs);
      const page = ruleDocs[args.rule];
      if (page === undefined) {
        const hint = didYouMean(args.rule, known);
        throw new ConfigError(`unknown rule "${args.rule}"${hint ? ` (did you mean "${hint}"?)` : ''}; rules: ${known.join(', ')}`);
      }
      const color = args.color ?? (io.stdout.isTTY === true && io.env.NO_COLOR === undefined);
      io.stdout.write(renderMarkdown(page, color));
    },
  };
}
