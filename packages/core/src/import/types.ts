import type { Diagnostic, SourceRange } from '@compose-gen/spec';
import type { Document } from 'yaml';

/** What import needs from a parsed compose file: its YAML document (for comments) and positions. */
export interface ImportSource {
  file: string;
  document?: Document | Document.Parsed | undefined;
  locate?(pointer: string, options?: { key?: boolean }): SourceRange;
}

/** One target to bring into the config. */
export interface ImportTarget {
  /** The target's name in the config, e.g. `dev`. */
  name: string;
  /** The file compose-gen will write for this target, relative to the config file. */
  file: string;
  /** The target's Compose model, merged but NOT interpolated, so `${VAR}` references stay as written. */
  model: unknown;
  /** The parsed file(s) behind the model: comments attached to keys are carried over from them. */
  parsed?: ImportSource | readonly ImportSource[];
  production?: boolean;
}

export interface ImportOptions {
  targets: readonly ImportTarget[];
  /** Where the helpers are imported from in the written source (default `compose-gen`). */
  from?: string;
}

export interface ImportResult {
  /** The compose.config.ts source. */
  source: string;
  diagnostics: Diagnostic[];
}
