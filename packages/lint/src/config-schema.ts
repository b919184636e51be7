import { allRules } from './catalogue.js';
import type { Rule } from './types.js';

const level = { type: 'string', enum: ['off', 'info', 'warn', 'error'] };

function setting(rule: Rule<unknown>): Record<string, unknown> {
  return {
    description: `${rule.meta.description} (${rule.meta.optIn ? 'opt-in' : `default ${rule.meta.severity}`}; ${rule.meta.docs})`,
    oneOf: [level, { type: 'array', items: [level, rule.meta.schema], minItems: 1, maxItems: 2, additionalItems: false }],
  };
}

/**
 * The JSON Schema of compose-gen.lint.json (and of the `lint` section of compose.config.ts), built from the rule
 * catalogue so that editors complete rule ids and their options. `schemas/lint-config.schema.json` is this value.
 */
export function lintConfigSchema(rules: readonly Rule<unknown>[] = allRules): Record<string, unknown> {
  const properties = Object.fromEntries([...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((r) => [r.meta.id, setting(r)]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://compose-gen.dev/schemas/lint-config.schema.json',
    title: 'compose-gen lint settings',
    description: 'Rule settings, reasoned exceptions and the pairs of targets compared, for compose-gen lint.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule id, or [severity, options]. Ids of the format checks (yaml/*, schema/*, ref/*) take a severity too.',
        type: 'object',
        properties,
        additionalProperties: { oneOf: [level, { type: 'array', items: [level], minItems: 1, maxItems: 1 }] },
      },
      allow: {
        description: 'Findings accepted on purpose; each entry names its reason. A rule id ending in /* matches the category.',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            rule: { type: 'string', minLength: 1 },
            service: { type: 'string' },
            target: { type: 'string' },
            reason: { type: 'string', minLength: 1 },
          },
          required: ['rule', 'reason'],
          additionalProperties: false,
        },
      },
      pairs: {
        description:
          'Which targets the drift/* rules compare. production (default): each non-production target with each production target, or every pair when no target is production. all: every pair.',
        type: 'string',
        enum: ['production', 'all'],
        default: 'production',
      },
    },
    additionalProperties: false,
  };
}
