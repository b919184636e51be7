import type { Diagnostic } from '@compose-gen/spec';

/** What a rule id means, for formats that carry help (SARIF). */
export interface RuleInfo {
  description: string;
  helpUri?: string;
}

export interface FormatOptions {
  /** Directory that file paths are made relative to (SARIF, GitHub). */
  cwd: string;
  /** Colour the stylish output. */
  color?: boolean;
  /** Help for rule ids beyond the built-in spec families (the linter passes its rule catalogue). */
  rules?: ReadonlyMap<string, RuleInfo>;
  /** Tool version written into SARIF. */
  version?: string;
}

export type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;
