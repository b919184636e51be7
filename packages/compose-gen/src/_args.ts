import { parseArgs } from 'node:util';
import { UsageError } from './_errors.js';

export interface FlagSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in help for a string flag, e.g. `FILE`. */
  value?: string;
  description: string;
}

/** A subcommand's surface: what `--help` prints and what the parser accepts. */
export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  flags: Record<string, FlagSpec>;
}

export type FlagValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Parsed {
  values: FlagValues;
  positionals: string[];
  help: boolean;
}

// node:util's messages suggest `--` tricks and name internals; a person needs the flag and the command.
function reword(error: unknown, spec: CommandSpec): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^' ,]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${flag}' for '${spec.name}' (see --help)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `option '${flag}' needs a value` : `option '${flag}' takes no value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `'${spec.name}' takes no argument here: ${message.split("'")[1]}`;
  return message.split('\n', 1)[0] ?? message;
}

/** Parses a subcommand's words; any unknown or malformed flag becomes a `UsageError` (exit 2). */
export function parseCommand(spec: CommandSpec, args: string[], allowPositionals = true): Parsed {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, flag] of Object.entries(spec.flags)) {
    options[name] = { type: flag.type, ...(flag.short ? { short: flag.short } : {}), ...(flag.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
    const { help, ...rest } = values as FlagValues;
    return { values: rest, positionals, help: help === true };
  } catch (error) {
    throw new UsageError(reword(error, spec));
  }
}

/**
 * Parses a subcommand's words, or, for `--help`, prints its help on `out` and returns undefined
 * (the command then exits 0).
 */
export function parseOrHelp(spec: CommandSpec, args: string[], out: { write(s: string): unknown }): Omit<Parsed, 'help'> | undefined {
  const { help, ...parsed } = parseCommand(spec, args);
  if (!help) return parsed;
  out.write(helpText(spec));
  return undefined;
}

/** The `--help` text of a subcommand. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries(spec.flags).map(([name, flag]) => {
    const head = `${flag.short ? `-${flag.short}, ` : '    '}--${name}${flag.value ? ` ${flag.value}` : ''}`;
    return [head, flag.description + (flag.multiple ? ' (repeatable)' : '')] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = rows.map(([head, text]) => `  ${head.padEnd(width)}  ${text}`);
  return `Usage: compose-gen ${spec.usage}\n\n${spec.summary}\n\nOptions:\n${lines.join('\n')}\n`;
}

export const str = (v: FlagValues[string]): string | undefined => (typeof v === 'string' ? v : undefined);
export const list = (v: FlagValues[string]): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
export const flag = (v: FlagValues[string]): boolean => v === true;
