export type {
  AllowEntry,
  Fix,
  LintConfig,
  LintSource,
  LintTarget,
  OptionsSchema,
  Report,
  Rule,
  RuleContext,
  RuleMeta,
  RuleScope,
  RuleSetting,
} from './types.js';
export { defineRule, docsUrl } from './define-rule.js';
export { isGenerated, lint, type LintInput, type LintResult } from './linter.js';
export { applyFixes } from './fix.js';
export { allRules } from './catalogue.js';
