import type { Document } from 'yaml';
import type { ParsedCompose, Severity, SourceRange } from '@compose-gen/spec';

/** What a rule looks at: one file as written, one target as it runs, or the same services in two targets. */
export type RuleScope = 'file' | 'target' | 'pair';

/** A plain JSON Schema (draft-07 subset) describing a rule's options. */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta<Options> {
  /** Equals the rule file's path under `src/rules/`, e.g. `drift/image`. */
  id: string;
  description: string;
  severity: Severity;
  scope: RuleScope;
  fixable: boolean;
  /** Opt-in rules are off until the configuration turns them on. */
  optIn?: boolean;
  /** Message templates keyed by message id; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
  schema: OptionsSchema;
  defaultOptions: Options;
}

/** A change to the YAML document of the file a finding points into; it must re-find its nodes by key path. */
export type Fix = (document: Document.Parsed) => void;

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** JSON pointer into the target's model (or the file's data for file rules). */
  pointer: string;
  /** Point at the mapping key rather than its value. */
  key?: boolean;
  service?: string;
  /** Name of the target whose lines the finding points at; the first one of the context when omitted. */
  target?: string;
  /** Lower than the rule's severity for a finding that is only worth knowing. */
  severity?: 'info';
  fix?: Fix;
}

/** One file the linter reads: parsed once, shared by every rule. */
export interface LintSource {
  file: string;
  text: string;
  parsed: ParsedCompose;
}

/** A deployable target: the model Compose would run, with a way back to source lines. */
export interface LintTarget {
  name: string;
  production: boolean;
  data: unknown;
  locate(pointer: string, options?: { key?: boolean }): SourceRange;
  /** False for a file linted on its own: it takes no part in the comparisons of `pair` rules. */
  compare?: boolean;
  /** Reads a file named relative to the target's project directory (env_file); undefined when unreadable. */
  readFile?(path: string): string | undefined;
}

export interface RuleContext<Options> {
  options: Options;
  /** One target for `file` and `target` rules, two for `pair` rules. */
  targets: readonly LintTarget[];
  target: LintTarget;
  /** The file under check, for `file` rules. */
  source?: LintSource;
  /** True when the configuration declares the service as belonging to some targets only. */
  isTargetOnly(service: string): boolean;
  report(report: Report): void;
}

export interface Rule<Options = Record<string, never>> {
  meta: RuleMeta<Options> & { docs: string };
  create(context: RuleContext<Options>): void;
}

/** How a rule is configured: a severity, `off`, or a severity with options. */
export type RuleSetting = 'off' | 'warn' | 'error' | 'info' | ['off' | 'warn' | 'error' | 'info', Record<string, unknown>?];

export interface AllowEntry {
  rule: string;
  service?: string;
  target?: string;
  reason: string;
}

/** The `lint` section of compose.config.ts, or the content of compose-gen.lint.json. */
export interface LintConfig {
  rules?: Record<string, RuleSetting>;
  allow?: AllowEntry[];
  /**
   * Which targets `pair` rules compare: `production` (the default) compares each other target with each production
   * target, or every pair when no target is production; `all` compares every pair.
   */
  pairs?: PairSelection;
}

export type PairSelection = 'production' | 'all';
