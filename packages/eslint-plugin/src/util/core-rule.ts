import { docsUrl, rules as coreRules } from '@pixel-patrol/core';
import type { JSRuleDefinition, Rule } from 'eslint';
import { checkSource, type SourceFinding } from '../project/check-source.js';

/** A plugin rule: no options (the policy is in pixel-patrol.config.json), typed message ids. */
export type PluginRule<MessageIds extends string> = JSRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }>;

/** A suggestion whose message is one of the rule's own. */
export type Suggestion<MessageIds extends string> = Rule.SuggestionReportDescriptor & { messageId: MessageIds };

export interface CoreRuleSpec<Extra extends string> {
  /** The core rule id, shared by the CLI and the plugin. */
  id: string;
  /** Messages of the rule's suggestions. */
  messages?: Record<Extra, string>;
  /** Safe edits for one finding, offered as suggestions (never applied by `--fix`). */
  suggest?: (context: Rule.RuleContext, found: SourceFinding) => Suggestion<Extra>[];
  /** Whether this rule reports a config file that cannot be read (one rule does, so it is said once). */
  reportsConfigErrors?: boolean;
}

/**
 * Adapts one core rule to ESLint, as typescript-eslint's `RuleCreator` owns its docs URL: the
 * description and docs page are the core rule's, and the message is the core finding's, word for word.
 */
export function coreRule<Extra extends string = never>(spec: CoreRuleSpec<Extra>): PluginRule<'finding' | 'configError' | Extra> {
  const core = coreRules.find((r) => r.meta.id === spec.id);
  if (!core) throw new Error(`no core rule ${spec.id}`);
  const messages = { finding: '{{message}}', configError: 'pixel-patrol cannot read {{configFile}}: {{message}}', ...spec.messages } as Record<'finding' | 'configError' | Extra, string>;
  return {
    meta: {
      type: 'problem',
      docs: { description: core.meta.description, recommended: true, url: docsUrl(core.meta.docs) },
      ...(spec.suggest ? { hasSuggestions: true } : {}),
      // The policy lives in pixel-patrol.config.json, so the editor and the CI gate cannot disagree.
      schema: [],
      messages,
    },
    create(context) {
      return {
        'Program:exit'() {
          const result = checkSource(context, spec.id);
          if (!result.ok) {
            if (spec.reportsConfigErrors) context.report({ loc: { line: 1, column: 0 }, messageId: 'configError', data: { configFile: result.configFile, message: result.message } });
            return;
          }
          for (const found of result.findings) {
            context.report({ loc: found.loc, messageId: 'finding', data: { message: found.finding.message }, ...(spec.suggest ? { suggest: spec.suggest(context, found) } : {}) });
          }
        },
      };
    },
  };
}
