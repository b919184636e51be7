import type { Diagnostic } from '@compose-gen/spec';
import { UsageError } from '../_errors.js';
import type { FormatOptions, Formatter } from './_types.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { FormatOptions, Formatter, RuleInfo } from './_types.js';
export { github, json, sarif, stylish };

export const formatters = { stylish, json, sarif, github } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;

/** Checks a `--format` value against the names a command accepts; a bad one is a usage error. */
export function pickFormat<N extends FormatName>(value: string | undefined, allowed: readonly N[], fallback: N): N {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as N;
  throw new UsageError(`unknown format '${value}' (expected ${allowed.join(', ')})`);
}

export function formatDiagnostics(name: FormatName, diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  return formatters[name](diagnostics, options);
}
