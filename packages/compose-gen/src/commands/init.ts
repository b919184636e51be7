import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SCAFFOLD_RECIPES, isProjectName, scaffoldConfig, type ScaffoldRecipe } from '@compose-gen/core';
import type { CommandSpec } from '../_args.js';
import { flag, helpText, parseCommand, str } from '../_args.js';
import { UsageError } from '../_errors.js';
import { readIfFile, writeAtomic } from '../_io.js';
import { addScripts } from './_package-json.js';
import type { CommandIO } from './_types.js';
import { EXIT_FINDINGS, EXIT_OK } from './_types.js';

export const spec: CommandSpec = {
  name: 'init',
  usage: 'init [--recipe NAME] [--name NAME] [--yes] [--force]',
  summary:
    'Start compose.config.ts from a recipe, add the compose:gen and compose:check scripts to package.json (when there\n' +
    'is one) and a GitHub Actions workflow that checks the generated files and lints them. Asks on a terminal;\n' +
    'otherwise, or with --yes, takes the flags and defaults. Never overwrites a file unless --force.',
  flags: {
    recipe: { type: 'string', short: 'r', value: 'NAME', description: `starting point: ${SCAFFOLD_RECIPES.join(', ')} (default: blank)` },
    name: { type: 'string', short: 'n', value: 'NAME', description: 'write NAME as the Compose project name, the config\'s top-level name (docker-compose 1.x rejects it); without it, Compose names the project after the directory' },
    yes: { type: 'boolean', short: 'y', description: 'ask nothing; use the flags and defaults' },
    force: { type: 'boolean', description: 'overwrite existing files' },
  },
};

/** `init` may read answers: a terminal on stdin, or any readable stream in tests. */
export interface InitIO extends CommandIO {
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const SCRIPTS = { 'compose:gen': 'compose-gen', 'compose:check': 'compose-gen --check' } as const;
const WORKFLOW = join('.github', 'workflows', 'compose.yml');

function defaultName(cwd: string, pkg: string | undefined): string {
  let fromPkg: unknown;
  try {
    fromPkg = pkg === undefined ? undefined : (JSON.parse(pkg) as { name?: unknown }).name;
  } catch {
    fromPkg = undefined;
  }
  const raw = typeof fromPkg === 'string' ? fromPkg.replace(/^@[^/]+\//, '') : basename(cwd);
  const name = raw.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+/, '');
  return name === '' ? 'app' : name;
}

function checkRecipe(value: string): ScaffoldRecipe {
  if ((SCAFFOLD_RECIPES as readonly string[]).includes(value)) return value as ScaffoldRecipe;
  throw new UsageError(`unknown recipe '${value}' (choose: ${SCAFFOLD_RECIPES.join(', ')})`);
}

async function ask(io: InitIO, recipe: string, name: string): Promise<{ recipe: string; name: string }> {
  const rl = createInterface({ input: io.stdin as NodeJS.ReadableStream, terminal: false });
  // The iterator buffers lines, so answers typed (or piped) ahead of their prompt are not lost.
  const lines = rl[Symbol.asyncIterator]();
  const question = async (prompt: string, fallback: string): Promise<string> => {
    io.stdout.write(prompt);
    const next = await lines.next();
    return (next.done ? '' : String(next.value).trim()) || fallback;
  };
  try {
    io.stdout.write(`Recipes: ${SCAFFOLD_RECIPES.join(', ')}\n`);
    const chosen = await question(`Recipe (${recipe}): `, recipe);
    return { recipe: chosen, name: await question(`Project name (${name}): `, name) };
  } finally {
    rl.close();
  }
}

/** The major version of the pnpm installing this project: the one running compose-gen, else the one on PATH, else 9. */
function pnpmMajor(env: Record<string, string | undefined>): number {
  const agent = /(?:^|\s)pnpm\/(\d+)\./.exec(env.npm_config_user_agent ?? '');
  if (agent) return Number(agent[1]);
  const run = spawnSync('pnpm', ['--version'], { encoding: 'utf8', timeout: 15_000, env: env as NodeJS.ProcessEnv });
  const found = /^(\d+)\./.exec(typeof run.stdout === 'string' ? run.stdout : '');
  return found ? Number(found[1]) : 9;
}

function declaresPackageManager(pkg: string | undefined): boolean {
  try {
    return pkg !== undefined && typeof (JSON.parse(pkg) as { packageManager?: unknown }).packageManager === 'string';
  } catch {
    return false;
  }
}

/** The CI workflow: install as the project does, then fail on stale generated files and on lint errors. */
export function workflow(cwd: string, pkg: string | undefined, env: Record<string, string | undefined>): string {
  const hasPackage = pkg !== undefined;
  const pnpm = existsSync(join(cwd, 'pnpm-lock.yaml'));
  const yarn = existsSync(join(cwd, 'yarn.lock'));
  const npmLock = existsSync(join(cwd, 'package-lock.json'));
  const setup = ['      - uses: actions/checkout@v4'];
  if (pnpm) setup.push('      - uses: pnpm/action-setup@v4');
  // The action reads the version from package.json's packageManager, and fails when it finds neither.
  if (pnpm && !declaresPackageManager(pkg)) setup.push('        with:', `          version: ${pnpmMajor(env)}`);
  setup.push('      - uses: actions/setup-node@v4', '        with:', '          node-version: 20');
  let exec = 'npx --yes compose-gen';
  if (hasPackage) {
    if (pnpm) setup.push('      - run: pnpm install --frozen-lockfile');
    else if (yarn) setup.push('      - run: yarn install --frozen-lockfile');
    else setup.push(`      - run: ${npmLock ? 'npm ci' : 'npm install'}`);
    exec = pnpm ? 'pnpm exec compose-gen' : yarn ? 'yarn compose-gen' : 'npx compose-gen';
  }
  return [
    'name: compose',
    'on:',
    '  push:',
    '  pull_request:',
    'jobs:',
    '  compose:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...setup,
    '      - name: Generated compose files are up to date',
    `        run: ${exec} --check`,
    '      - name: Lint the targets',
    `        run: ${exec} lint`,
    '',
  ].join('\n');
}

export const run = async (args: string[], io: InitIO): Promise<number> => {
  const { values, help } = parseCommand(spec, args, false);
  if (help) {
    io.stdout.write(helpText(spec));
    return EXIT_OK;
  }
  const pkgPath = join(io.cwd, 'package.json');
  const pkg = readIfFile(pkgPath);
  let recipe = str(values.recipe) ?? 'blank';
  let name = str(values.name) ?? defaultName(io.cwd, pkg);
  const stdin = io.stdin ?? process.stdin;
  if (!flag(values.yes) && stdin.isTTY === true) ({ recipe, name } = await ask({ ...io, stdin }, recipe, name));
  const chosen = checkRecipe(recipe);
  if (!isProjectName(name)) throw new UsageError(`'${name}' is not a Compose project name (lower-case letters, digits, - and _)`);

  const configPath = join(io.cwd, 'compose.config.ts');
  const force = flag(values.force);
  if (!force && existsSync(configPath)) {
    io.stderr.write('compose-gen: compose.config.ts already exists; not overwriting it, use --force to replace it\n');
    return EXIT_FINDINGS;
  }
  let source: string;
  try {
    // Only a name asked for by --name becomes the top-level `name` (the prompt may have changed it since).
    source = scaffoldConfig({ recipe: chosen, name, ...(str(values.name) === undefined ? {} : { composeName: name }) });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  writeAtomic(configPath, source, 'compose.config.ts');
  io.stdout.write(`created compose.config.ts (${chosen})\n`);

  if (pkg !== undefined) {
    let edit;
    try {
      edit = addScripts(pkg, SCRIPTS);
    } catch {
      io.stderr.write('compose-gen: package.json is not valid JSON; scripts not added\n');
    }
    if (edit && edit.added.length > 0) {
      writeAtomic(pkgPath, edit.text, 'package.json');
      io.stdout.write(`added ${edit.added.join(', ')} to package.json scripts\n`);
    }
    for (const key of edit?.kept ?? []) io.stdout.write(`kept the existing '${key}' script in package.json\n`);
  }

  const ciPath = join(io.cwd, WORKFLOW);
  if (!force && existsSync(ciPath)) io.stdout.write(`kept the existing ${WORKFLOW} (use --force to replace it)\n`);
  else {
    writeAtomic(ciPath, workflow(io.cwd, pkg, io.env), WORKFLOW);
    io.stdout.write(`created ${WORKFLOW}\n`);
  }
  io.stdout.write(`next: run 'compose-gen' to write the compose files${pkg !== undefined ? " (or 'npm run compose:gen')" : ''}\n`);
  return EXIT_OK;
};
