import type { Diagnostic, Severity } from '@compose-gen/spec';
import type { AllowEntry, LintConfig, Rule, RuleSetting } from './types.js';

export interface ResolvedRule {
  rule: Rule<unknown>;
  severity: Severity;
  options: unknown;
}

const severities: Record<string, Severity | 'off'> = { off: 'off', warn: 'warning', error: 'error', info: 'info' };

function mergeOptions(defaults: unknown, given: Record<string, unknown> | undefined): unknown {
  if (given === undefined) return defaults;
  return { ...(defaults as Record<string, unknown>), ...given };
}

/** Checks the options against the rule's schema: known property names and JSON types only. */
function optionProblems(rule: Rule<unknown>, given: Record<string, unknown>): string[] {
  const properties = (rule.meta.schema.properties ?? {}) as Record<string, { type?: string; enum?: unknown[] }>;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    const schema = properties[name];
    if (!schema) {
      problems.push(`unknown option '${name}'`);
      continue;
    }
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    const expected = schema.type === 'integer' ? 'number' : schema.type;
    if (expected !== undefined && expected !== actual) problems.push(`option '${name}' must be ${schema.type}`);
    else if (schema.enum && !schema.enum.includes(value)) problems.push(`option '${name}' must be one of ${schema.enum.join(', ')}`);
  }
  return problems;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps what can be used of a configuration read from a user's file; the rest becomes `lint/config` findings. */
export function checkConfig(value: unknown, configFile: string): { config: LintConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (path: string, message: string): void => {
    diagnostics.push({ ruleId: 'lint/config', severity: 'error', message, file: configFile, line: 1, column: 1, path });
  };
  if (value === undefined) return { config: {}, diagnostics };
  if (!isRecord(value)) {
    problem('', 'lint settings must be an object with `rules`, `allow` and `pairs`');
    return { config: {}, diagnostics };
  }
  const config: LintConfig = {};
  if (isRecord(value.rules)) config.rules = value.rules as LintConfig['rules'];
  else if (value.rules !== undefined) problem('/rules', '`rules` must map rule ids to settings');
  if (Array.isArray(value.allow)) {
    config.allow = value.allow.filter((entry, i): entry is AllowEntry => {
      const ok = isRecord(entry) && typeof entry.rule === 'string';
      if (!ok) problem(`/allow/${i}`, 'an `allow` entry needs a `rule` id');
      return ok;
    });
  } else if (value.allow !== undefined) problem('/allow', '`allow` must be a list');
  if (value.pairs === 'production' || value.pairs === 'all') config.pairs = value.pairs;
  else if (value.pairs !== undefined) problem('/pairs', '`pairs` must be production or all');
  return { config, diagnostics };
}

/** Which rules run, how severe, with which options; a bad setting becomes a diagnostic, never a throw. */
export function resolveRules(
  rules: readonly Rule<unknown>[],
  config: LintConfig,
  configFile: string,
): { active: ResolvedRule[]; diagnostics: Diagnostic[] } {
  const settings = config.rules ?? {};
  const diagnostics: Diagnostic[] = [];
  const problem = (id: string, message: string): void => {
    diagnostics.push({ ruleId: 'lint/config', severity: 'error', message, file: configFile, line: 1, column: 1, path: `/rules/${id}` });
  };
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of Object.keys(settings)) {
    // Ids of the spec checks (`ref/...`, `schema/...`) pass through; our own categories must name a real rule.
    if (!known.has(id) && (!id.includes('/') || /^(drift|prod|style)\//.test(id))) problem(id, `unknown rule '${id}'`);
  }
  const active: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting: RuleSetting | undefined = settings[rule.meta.id];
    const [level, given] = Array.isArray(setting) ? setting : [setting, undefined];
    if (level === undefined && rule.meta.optIn) continue;
    const severity = level === undefined ? rule.meta.severity : severities[level];
    if (severity === undefined) {
      problem(rule.meta.id, `rule '${rule.meta.id}': severity must be off, info, warn or error`);
      continue;
    }
    if (severity === 'off') continue;
    if (given !== undefined) {
      const problems = optionProblems(rule, given);
      if (problems.length > 0) {
        problem(rule.meta.id, `rule '${rule.meta.id}': ${problems.join('; ')}`);
        continue;
      }
    }
    active.push({ rule, severity, options: mergeOptions(rule.meta.defaultOptions, given) });
  }
  return { active, diagnostics };
}

/** Severity of ids the linter passes through from the spec checks (`ref/*`, `schema/*`, ...), or off. */
export function passThroughSeverity(config: LintConfig, diagnostic: Diagnostic): Severity | 'off' {
  const setting = config.rules?.[diagnostic.ruleId];
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === undefined ? diagnostic.severity : (severities[level] ?? diagnostic.severity);
}
