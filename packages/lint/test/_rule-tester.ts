import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@compose-gen/spec';
import { applyFixes, lint, type LintSource, type LintTarget, type Rule, type RuleSetting } from '@compose-gen/lint';
import { parseForTest } from './_parse.js';

export interface ValidCase {
  name?: string;
  /** The file (file rules), the production target (target rules) or the first target `dev` (pair rules). */
  code: string;
  /** Second target `prod` of a pair rule. */
  prod?: string;
  options?: Record<string, unknown>;
  /** Target rules: whether the target is production (default true). */
  production?: boolean;
  targetOnly?: string[];
  /** env_file contents by path, for rules that read them. */
  files?: Record<string, string>;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  /** When given, the full message must equal the template filled with these values. */
  data?: Record<string, string | number>;
  severity?: Diagnostic['severity'];
  /** File the finding points into: `dev.yml` or `prod.yml` for pair rules. */
  file?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The file after `--fix`; omitted means the rule must leave it untouched. */
  output?: string;
}

const levels = { error: 'error', warning: 'warn', info: 'info' } as const;

function sourceOf(text: string, file: string): LintSource {
  return { file, text, parsed: parseForTest(text, file) };
}

function targetOf(source: LintSource, name: string, production: boolean, files: Record<string, string>): LintTarget {
  return { name, production, data: source.parsed.data, locate: source.parsed.locate, readFile: (p) => files[p] };
}

/** Lints one case with one rule switched on, as the CLI would. */
export function runCase(rule: Rule<unknown>, c: ValidCase): { diagnostics: Diagnostic[]; fixed: string } {
  const scope = rule.meta.scope;
  const first = sourceOf(c.code, scope === 'pair' ? 'dev.yml' : 'compose.yml');
  const second = c.prod === undefined ? undefined : sourceOf(c.prod, 'prod.yml');
  const files = c.files ?? {};
  const targets =
    scope === 'pair'
      ? [targetOf(first, 'dev', false, files), ...(second ? [targetOf(second, 'prod', true, files)] : [])]
      : [targetOf(first, 'prod', c.production ?? true, files)];
  const setting: RuleSetting = [levels[rule.meta.severity], c.options ?? {}];
  const result = lint({
    sources: second ? [first, second] : [first],
    targets,
    config: { rules: { [rule.meta.id]: setting } },
    targetOnly: new Set(c.targetOnly ?? []),
    rules: [rule],
  });
  const fixed = applyFixes(c.code, result.fixes.get(first.file) ?? []).text;
  return { diagnostics: result.diagnostics, fixed };
}

function matchesTemplate(template: string, message: string): boolean {
  const pattern = template
    .split(/\{\{\s*\w+\s*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(message);
}

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Table-driven tests for one rule: valid cases report nothing, invalid ones exactly the listed findings. */
export function ruleTester(rule: Rule<unknown>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((c, i) => [c.name ?? `valid #${i + 1}`, c] as const))('%s', (_name, c) => {
      const { diagnostics } = runCase(rule, c);
      expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c, i) => [c.name ?? `invalid #${i + 1}`, c] as const))('%s', (_name, c) => {
      const { diagnostics, fixed } = runCase(rule, c);
      expect(diagnostics.map((d) => ({ line: d.line, column: d.column, file: d.file }))).toEqual(
        c.errors.map((e) => ({
          line: e.line,
          column: e.column,
          file: e.file ?? (rule.meta.scope === 'pair' ? 'prod.yml' : 'compose.yml'),
        })),
      );
      c.errors.forEach((e, i) => {
        const d = diagnostics[i] as Diagnostic;
        const template = rule.meta.messages[e.messageId];
        expect(template, `message id ${e.messageId}`).toBeDefined();
        expect(matchesTemplate(template as string, d.message), `${d.message} is ${e.messageId}`).toBe(true);
        if (e.data) expect(d.message).toBe(fill(template as string, e.data));
        expect(d.severity).toBe(e.severity ?? rule.meta.severity);
      });
      expect(fixed).toBe(c.output ?? c.code);
    });
  });
}
