import type { Diagnostic } from '@compose-gen/spec';
import { useColor } from '../_io.js';
import { version } from '../_version.js';
import type { FormatName, RuleInfo } from '../format/index.js';
import { formatDiagnostics } from '../format/index.js';
import type { CommandIO } from './_types.js';
import { EXIT_FINDINGS, EXIT_OK } from './_types.js';

/**
 * Prints diagnostics on stdout in the chosen format and turns them into the exit code:
 * 1 when any is an error, else 0.
 */
export function report(
  diagnostics: readonly Diagnostic[],
  format: FormatName,
  io: CommandIO,
  rules?: ReadonlyMap<string, RuleInfo>,
): number {
  const text = formatDiagnostics(format, diagnostics, {
    cwd: io.cwd,
    color: useColor(io.stdout, io.env),
    ...(rules ? { rules } : {}),
    ...(format === 'sarif' ? { version: version() } : {}),
  });
  if (text !== '') io.stdout.write(text);
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
