/** Where a command writes. Any object with `write` works, so tests can capture output in memory. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True when the stream is a terminal: the stylish formatter colours only then. */
  isTTY?: boolean;
}

/** Everything a command may touch outside its arguments. The CLI passes the real process values. */
export interface CommandIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C; long-running commands (`generate --watch`) stop and return 0. */
  signal?: AbortSignal;
  /** Module ids mapped to files when loading compose.config.ts; tests point `compose-gen` at the sources. */
  alias?: Record<string, string>;
}

/**
 * One subcommand. Each command file `src/commands/<name>.ts` exports it as `export const run: Command`;
 * cli.ts imports that file only when the command runs. Flags: parse with `parseOrHelp` (or `parseCommand`) from ../_args.js
 * (unknown flags become exit 2), print diagnostics with `report` from ./_report.js (formats in ../format/).
 * `args` are the words after the subcommand name, exactly as typed.
 * Resolves to the exit code: 0 ok, 1 findings or errors in the input, 2 could not run.
 * A command reports a usage problem by throwing `UsageError` (see ../_errors.ts): the CLI prints
 * its one-line message and exits 2. Anything else thrown is also caught at the edge, never shown as a stack.
 */
export type Command = (args: string[], io: CommandIO) => Promise<number>;

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;
