export type {
  AllowEntry,
  Fix,
  LintConfig,
  LintSource,
  LintTarget,
  OptionsSchema,
  PairSelection,
  Report,
  Rule,
  RuleContext,
  RuleMeta,
  RuleScope,
  RuleSetting,
} from './types.js';
export { defineRule, docsUrl } from './define-rule.js';
export { lint, targetPairs, type LintInput, type LintResult } from './linter.js';
export { applyFixes } from './fix.js';
export { lintAndFix, lintProject, type ProjectInput, type ProjectResult, type SpecFunctions, type TargetFiles } from './project.js';
export { allRules, engineRules } from './catalogue.js';
export { lintConfigSchema } from './config-schema.js';
