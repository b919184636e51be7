import { firstLine, UsageError } from './_errors.js';
import { processIO } from './_io.js';
import { version } from './_version.js';
import type { Command, CommandIO } from './commands/_types.js';
import { EXIT_CANNOT_RUN, EXIT_OK } from './commands/_types.js';

export type { Command, CommandIO, OutputStream } from './commands/_types.js';

interface Entry {
  summary: string;
  // Each command's module (and what it imports: yaml, ajv, jiti, diff) loads only when that command runs.
  load: () => Promise<{ run: Command }>;
}

const commands: Record<string, Entry> = {
  generate: { summary: 'write one compose file per target from compose.config.ts (default)', load: () => import('./commands/generate.js') },
  validate: { summary: 'check compose files against the Compose Specification', load: () => import('./commands/validate.js') },
  config: { summary: 'load, merge and print a project as docker compose would', load: () => import('./commands/config.js') },
  lint: { summary: 'check targets for drift and production pitfalls', load: () => import('./commands/lint.js') },
  import: { summary: 'turn existing compose files into a compose.config.ts', load: () => import('./commands/import.js') },
  init: { summary: 'start a compose.config.ts in this directory', load: () => import('./commands/init.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: compose-gen [command] [options]',
    '',
    'Generate, validate and lint Docker Compose files from one typed config.',
    '',
    'Commands:',
    ...rows,
    '',
    'Options:',
    '  -h, --help     show help (also for a command: compose-gen validate --help, compose-gen help validate)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 problems found, 2 could not run.',
    '',
  ].join('\n');
}

/**
 * Runs the CLI on `argv` (the words after the program name) and resolves to the exit code.
 * Never throws: whatever goes wrong is one line on stderr and exit code 2.
 */
export async function main(argv: string[], io: Partial<CommandIO> = {}): Promise<number> {
  const full: CommandIO = { ...processIO(), ...io };
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      full.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    // `compose-gen help validate` is `compose-gen validate --help`.
    if (first === 'help' && rest.length > 0) return await main([...rest.slice(0, 1), '--help'], full);
    if (first === '--help' || first === '-h' || first === 'help') {
      full.stdout.write(usage());
      return EXIT_OK;
    }
    let name = 'generate';
    let args = argv;
    if (first !== undefined && !first.startsWith('-')) {
      if (!Object.hasOwn(commands, first)) throw new UsageError(`unknown command '${first}' (see compose-gen --help)`);
      name = first;
      args = rest;
    }
    const { run } = await commands[name]!.load();
    return await run(args, full);
  } catch (error) {
    full.stderr.write(`compose-gen: ${firstLine(error)}\n`);
    return EXIT_CANNOT_RUN;
  }
}
