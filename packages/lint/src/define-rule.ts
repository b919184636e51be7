import type { Rule, RuleContext, RuleMeta } from './types.js';

/** Where a rule's documentation lives, derived from its id. */
export function docsUrl(id: string): string {
  return `docs/rules/${id}.md`;
}

/** Returns the rule with its docs link filled in; exists for type inference of the options. */
export function defineRule<Options>(rule: {
  meta: RuleMeta<Options>;
  create(context: RuleContext<Options>): void;
}): Rule<Options> {
  return { meta: { ...rule.meta, docs: docsUrl(rule.meta.id) }, create: rule.create };
}

/** Meta for a rule that takes no options. */
export const noOptions = {
  schema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
} as const;
