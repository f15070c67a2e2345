import type { Rule } from 'eslint';
import type { SourceFinding } from '../project/check-source.js';
import { coreRule } from '../util/core-rule.js';

type Node = Rule.Node;

/** The statement holding the reported `fbq('init', …)` call, when it is that call alone. */
function initStatement(context: Rule.RuleContext, found: SourceFinding) {
  let node = context.sourceCode.getNodeByRangeIndex(context.sourceCode.getIndexFromLoc(found.loc.start)) as Node | null;
  while (node && node.type !== 'ExpressionStatement') node = node.parent;
  const call = node?.type === 'ExpressionStatement' ? node.expression : undefined;
  if (!node || call?.type !== 'CallExpression') return undefined;
  const [command, id] = call.arguments;
  // Only `fbq('init', '<literal id>')`: a wrapper's init takes options instead, and only a literal id can be repeated safely.
  if (command?.type !== 'Literal' || command.value !== 'init' || id?.type !== 'Literal' || typeof id.value !== 'string') return undefined;
  return { statement: node, call, id: id.value };
}

export const noAutomaticEventCapture = coreRule<'disableAutoConfig'>({
  id: 'no-automatic-event-capture',
  messages: { disableAutoConfig: "Insert {{callee}}('set', 'autoConfig', false, '{{id}}') before the init" },
  suggest(context, found) {
    const init = initStatement(context, found);
    if (!init) return [];
    const { sourceCode } = context;
    const callee = sourceCode.getText(init.call.callee);
    const indent = ' '.repeat(init.statement.loc!.start.column);
    const setCall = `${callee}('set', 'autoConfig', false, ${sourceCode.getText(init.call.arguments[1])});\n${indent}`;
    return [{ messageId: 'disableAutoConfig', data: { callee, id: init.id }, fix: (fixer) => fixer.insertTextBefore(init.statement, setCall) }];
  },
});
