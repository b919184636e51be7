import { isGenerated } from '@compose-gen/core';
import { sortDiagnostics, type Diagnostic } from '@compose-gen/spec';
import { checkConfig, passThroughSeverity, resolveRules, type ResolvedRule } from './_settings.js';
import { suppress, type Finding } from './_suppress.js';
import { allRules } from './catalogue.js';
import type { Fix, LintConfig, LintSource, LintTarget, PairSelection, Report, Rule, RuleContext } from './types.js';

export interface LintInput {
  /** Files as written: `file` rules run on each, inline suppressions are read from them, fixes apply to them. */
  sources: readonly LintSource[];
  /** Targets as Compose runs them: `target` rules run on each, `pair` rules on the pairs `config.pairs` selects. */
  targets: readonly LintTarget[];
  config?: LintConfig;
  /** Name of the file the configuration came from, for findings about the configuration itself. */
  configFile?: string;
  /** Services the configuration declares for some targets only (`only: [...]`), by service name. */
  targetOnly?: ReadonlySet<string>;
  /** Findings of earlier stages (parse, schema, references) that the settings and suppressions also govern. */
  diagnostics?: readonly Diagnostic[];
  rules?: readonly Rule<unknown>[];
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Fixes to apply, by file. */
  fixes: Map<string, Fix[]>;
}

function format(template: string, data: Report['data']): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

function fileTarget(source: LintSource): LintTarget {
  return { name: source.file, production: false, data: source.parsed.data, locate: source.parsed.locate };
}

function everyPair<T>(list: readonly T[]): [T, T][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));
}

/**
 * The pairs `pair` rules compare, each in the order the targets were given. Two targets that are both
 * production, or both not (dev and test), differ in ways rarely worth a finding, so by default only pairs that
 * cross the line are compared; with no production target at all, every pair is.
 */
export function targetPairs(targets: readonly LintTarget[], selection: PairSelection = 'production'): [LintTarget, LintTarget][] {
  const all = everyPair(targets.filter((t) => t.compare !== false));
  if (selection === 'all' || !targets.some((t) => t.production && t.compare !== false)) return all;
  return all.filter(([a, b]) => a.production !== b.production);
}

/** Runs every active rule once per file, target or pair; the files were parsed once by the caller. */
export function lint(input: LintInput): LintResult {
  const configFile = input.configFile ?? 'compose-gen.lint.json';
  const checked = checkConfig(input.config, configFile);
  const config = checked.config;
  const resolved = resolveRules(input.rules ?? allRules, config, configFile);
  const { active } = resolved;
  const configProblems = [...checked.diagnostics, ...resolved.diagnostics];
  const findings: Finding[] = [];
  const fixes = new Map<string, Fix[]>();
  const targetOnly = input.targetOnly ?? new Set<string>();

  const run = ({ rule, severity, options }: ResolvedRule, targets: readonly LintTarget[], source?: LintSource): void => {
    const [first] = targets;
    if (!first) return;
    const context: RuleContext<unknown> = {
      options,
      targets,
      target: first,
      ...(source ? { source } : {}),
      isTargetOnly: (service) => targetOnly.has(service),
      report(report) {
        const at = targets.find((t) => t.name === report.target) ?? (rule.meta.scope === 'pair' ? targets[1] ?? first : first);
        const range = at.locate(report.pointer, { key: report.key ?? false });
        const template = rule.meta.messages[report.messageId] ?? report.messageId;
        findings.push({
          ruleId: rule.meta.id,
          severity: report.severity ?? severity,
          message: format(template, report.data),
          file: range.file,
          line: range.line,
          column: range.column,
          endLine: range.endLine,
          endColumn: range.endColumn,
          path: report.pointer,
          ...(report.service !== undefined ? { service: report.service } : {}),
          ...(source ? {} : { target: at.name }),
          targets: source ? [] : targets.map((t) => t.name),
        });
        if (report.fix && rule.meta.fixable && source && !isGenerated(source.text)) {
          fixes.set(source.file, [...(fixes.get(source.file) ?? []), report.fix]);
        }
      },
    };
    rule.create(context);
  };

  for (const resolved of active) {
    const scope = resolved.rule.meta.scope;
    if (scope === 'file') for (const source of input.sources) run(resolved, [fileTarget(source)], source);
    if (scope === 'target') for (const target of input.targets) run(resolved, [target]);
    if (scope === 'pair') for (const pair of targetPairs(input.targets, config.pairs)) run(resolved, pair);
  }
  for (const d of input.diagnostics ?? []) {
    const severity = passThroughSeverity(config, d);
    if (severity !== 'off') findings.push({ ...d, severity, targets: d.target ? [d.target] : [] });
  }
  const kept = suppress(findings, input.sources, config.allow ?? [], configFile);
  return { diagnostics: sortDiagnostics([...configProblems, ...kept]), fixes };
}
