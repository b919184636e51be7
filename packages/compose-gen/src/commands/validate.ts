import type { Diagnostic } from '@compose-gen/spec';
import { parseCompose, validateCompose } from '@compose-gen/spec';
import type { CommandSpec } from '../_args.js';
import { parseOrHelp, str } from '../_args.js';
import { UsageError } from '../_errors.js';
import { readUserFile } from '../_io.js';
import { pickFormat } from '../format/index.js';
import { report } from './_report.js';
import type { Command } from './_types.js';
import { EXIT_OK } from './_types.js';

export const spec: CommandSpec = {
  name: 'validate',
  usage: 'validate FILE... [--format stylish|json|sarif|github]',
  summary: 'Check each compose file on its own (no merge, no interpolation) against the Compose Specification:\nYAML syntax, schema, references between services, networks, volumes, secrets and configs.',
  flags: {
    format: { type: 'string', short: 'F', value: 'NAME', description: 'output format: stylish (default), json, sarif, github' },
  },
};

/** Diagnostics of one compose file's text: the parser's, then the checks on what it parsed. */
export function validateText(text: string, file: string): Diagnostic[] {
  const parsed = parseCompose(text, { file });
  return [...parsed.diagnostics, ...validateCompose(parsed)];
}

export const run: Command = async (args, io) => {
  const parsed = parseOrHelp(spec, args, io.stdout);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  const format = pickFormat(str(values.format), ['stylish', 'json', 'sarif', 'github'], 'stylish');
  if (positionals.length === 0) throw new UsageError("'validate' needs at least one FILE");
  // Read every file first: a missing one stops the run before anything is reported.
  const texts = positionals.map((file) => [file, readUserFile(io.cwd, file)] as const);
  const diagnostics = texts.flatMap(([file, text]) => validateText(text, file));
  return report(diagnostics, format, io);
};
