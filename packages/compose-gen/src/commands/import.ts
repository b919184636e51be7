import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { importCompose, isProductionName, rebasePaths, type ImportTarget } from '@compose-gen/core';
import type { ComposeFile, Diagnostic, LoaderHost, ParsedCompose } from '@compose-gen/spec';
import { loadProject, parseCompose } from '@compose-gen/spec';
import type { CommandSpec } from '../_args.js';
import { flag, helpText, list, parseCommand, str } from '../_args.js';
import { UsageError } from '../_errors.js';
import { isDirectory, readIfFile, readUserFile, writeAtomic } from '../_io.js';
import { pickFormat } from '../format/index.js';
import { report } from './_report.js';
import type { Command, CommandIO } from './_types.js';
import { EXIT_FINDINGS, EXIT_OK } from './_types.js';

export const spec: CommandSpec = {
  name: 'import',
  usage: 'import (--target NAME=FILE | -f BASE -f OVERRIDE... --as NAME[=FILE])... [--production NAME] [-o FILE] [--force]',
  summary:
    'Write a compose.config.ts that declares the given targets: what they share once, target-only services marked\n' +
    'with `only`, differences as per-target overrides, comments kept, ${VAR} references kept as written.\n' +
    '--target takes a standalone file; -f ... --as merges files as docker compose does and names the result.\n' +
    'Files that do not validate are reported and nothing is written.',
  flags: {
    target: { type: 'string', short: 't', multiple: true, value: 'NAME=FILE', description: 'a target read from one standalone file' },
    file: { type: 'string', short: 'f', multiple: true, value: 'FILE', description: 'a file of the next --as target, merged in order' },
    as: { type: 'string', multiple: true, value: 'NAME[=FILE]', description: 'name the -f files before it as one target (FILE: where it is generated)' },
    production: { type: 'string', multiple: true, value: 'NAME', description: 'mark a target as production (default: one named prod or production)' },
    output: { type: 'string', short: 'o', value: 'FILE', description: 'where to write the config, `-` for stdout (default: compose.config.ts)' },
    force: { type: 'boolean', description: 'overwrite the output file' },
    format: { type: 'string', short: 'F', value: 'NAME', description: 'format of problems: stylish (default), json, sarif, github' },
  },
};

/** A target as named on the command line: its name, the files behind it, and the file it will be generated as. */
interface Wanted {
  name: string;
  files: string[];
  file?: string;
}

const FILE_FLAGS = new Set(['-f', '--file']);
// Findings about the environment of this shell, not about the files: the config keeps each ${VAR} as written.
const ENVIRONMENT_RULES = new Set(['interpolate/required', 'loader/unset-variable']);

function split(value: string, what: string): [string, string | undefined] {
  const at = value.indexOf('=');
  const name = at < 0 ? value : value.slice(0, at);
  if (!/^[A-Za-z_][\w-]*$/.test(name)) throw new UsageError(`${what} '${value}': '${name}' is not a target name`);
  return [name, at < 0 ? undefined : value.slice(at + 1) || undefined];
}

// node:util's parser keeps no order between different flags, and `-f` files belong to the `--as` after them.
function targetsInOrder(args: string[]): Wanted[] {
  const wanted: Wanted[] = [];
  let pending: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const [flagName, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => inline ?? args[++i] ?? '';
    if (FILE_FLAGS.has(flagName)) pending.push(value());
    else if (flagName === '--as') {
      const [name, file] = split(value(), '--as');
      if (pending.length === 0) throw new UsageError(`--as ${name} needs the -f files of that target before it`);
      wanted.push({ name, files: pending, ...(file ? { file } : {}) });
      pending = [];
    } else if (flagName === '--target' || flagName === '-t') {
      const [name, file] = split(value(), '--target');
      if (!file) throw new UsageError(`--target ${name} needs a file: --target ${name}=FILE`);
      wanted.push({ name, files: [file], file });
    } else if (flagName.startsWith('-') && !flagName.startsWith('--') && flagName.length > 2 && flagName[1] === 'f') {
      pending.push(flagName.slice(2));
    }
  }
  if (pending.length > 0) throw new UsageError(`-f ${pending.join(' -f ')} must be named as a target with --as NAME`);
  const seen = new Set<string>();
  for (const w of wanted) {
    if (seen.has(w.name)) throw new UsageError(`target '${w.name}' is given twice`);
    seen.add(w.name);
  }
  if (wanted.length === 0) throw new UsageError("'import' needs at least one target: --target NAME=FILE or -f FILE... --as NAME");
  return wanted;
}

/** A merged target is generated as its base file, unless an earlier target took it: then as its last file. */
function placeTargets(wanted: Wanted[], cwd: string): Required<Wanted>[] {
  const taken = new Set(wanted.flatMap((w) => (w.file ? [w.file] : [])));
  const placed = wanted.map((w) => {
    if (w.file) return w as Required<Wanted>;
    const file = [w.files[0], w.files[w.files.length - 1]].find((f) => f !== undefined && !taken.has(f)) ?? `${w.name}.compose.yml`;
    taken.add(file);
    return { ...w, file };
  });
  const owner = new Map<string, string>();
  for (const w of placed) {
    const other = owner.get(resolve(cwd, w.file));
    if (other) throw new UsageError(`targets ${other} and ${w.name} would both be generated as ${w.file}: name another file with --as ${w.name}=FILE`);
    owner.set(resolve(cwd, w.file), w.name);
  }
  return placed;
}

const posix = (path: string): string => path.split('\\').join('/');

function needsLoader(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { include, services } = data as { include?: unknown; services?: unknown };
  if (include !== undefined) return true;
  return typeof services === 'object' && services !== null && Object.values(services).some((s) => typeof s === 'object' && s !== null && 'extends' in s);
}

function note(target: Required<Wanted>, ruleId: string, message: string): Diagnostic {
  return { ruleId, severity: 'info', message, file: target.files[0] as string, line: 1, column: 1, path: '', target: target.name };
}

export const run: Command = async (args, io: CommandIO) => {
  const { values, help } = parseCommand(spec, args, false);
  if (help) {
    io.stdout.write(helpText(spec));
    return EXIT_OK;
  }
  const format = pickFormat(str(values.format), ['stylish', 'json', 'sarif', 'github'], 'stylish');
  const wanted = placeTargets(targetsInOrder(args), io.cwd);
  const production = new Set(list(values.production));
  for (const name of production) {
    if (!wanted.some((w) => w.name === name)) throw new UsageError(`--production ${name}: no such target`);
  }
  const output = str(values.output) ?? 'compose.config.ts';
  const outPath = resolve(io.cwd, output);
  if (output !== '-' && existsSync(outPath) && !flag(values.force)) {
    io.stderr.write(`compose-gen: ${output} already exists; not overwriting it, use --force to replace it\n`);
    return EXIT_FINDINGS;
  }

  // Every file is read and checked before anything is written: one invalid target stops the import.
  const parsedByFile = new Map<string, ParsedCompose>();
  for (const file of new Set(wanted.flatMap((w) => w.files))) parsedByFile.set(file, parseCompose(readUserFile(io.cwd, file), { file }));
  const host: LoaderHost = { readFile: (path) => readIfFile(path), isDirectory, env: io.env };
  const problems: Diagnostic[] = [];
  const notes: Diagnostic[] = [];
  const base = output === '-' ? io.cwd : dirname(outPath);
  const targets: ImportTarget[] = wanted.map((w) => {
    const load = { files: w.files, workingDirectory: io.cwd, normalize: false };
    // Checked as docker compose sees the files (interpolated, merged); a variable the environment lacks is
    // not the files' fault, and the config keeps the reference anyway.
    const checked = loadProject(load, host).diagnostics.filter((d) => !ENVIRONMENT_RULES.has(d.ruleId));
    for (const d of checked) {
      // A base file shared by two targets is reported once.
      if (!problems.some((p) => p.file === d.file && p.line === d.line && p.column === d.column && p.message === d.message)) problems.push(d);
    }
    const parsed = w.files.map((f) => parsedByFile.get(f) as ParsedCompose);
    const single = parsed.length === 1 ? (parsed[0] as ParsedCompose) : undefined;
    // A standalone file is taken as written (short syntax kept); merging, extends and include need the loader.
    const read = single && !needsLoader(single.data) ? single.data : loadProject({ ...load, interpolate: false }, host).model;
    // Compose reads the paths relative to the first file's folder; the config states them from its own, and
    // generate writes them back from the folder of each target's file.
    const model = rebasePaths(read as ComposeFile, posix(relative(base, dirname(resolve(io.cwd, w.files[0] as string)))));
    const file = posix(relative(base, resolve(io.cwd, w.file)));
    const isProduction = production.size > 0 ? production.has(w.name) : isProductionName(w.name);
    if (w.files.length > 1) {
      // A file another target is generated as stays: only the leftover override files must go.
      const rest = w.files.filter((f) => f !== w.file && !wanted.some((o) => o.file === f));
      const advice = rest.length === 0 ? '' : `; delete ${rest.join(', ')} once it is, or docker compose merges ${rest.length === 1 ? 'it' : 'them'} again`;
      notes.push(note(w, 'import/merged-target', `target ${w.name} merges ${w.files.join(' + ')} and will be generated as ${w.file}${advice}`));
    }
    return { name: w.name, file, model, parsed, ...(isProduction ? { production: true } : {}) };
  });
  if (problems.some((d) => d.severity === 'error')) {
    report(problems, format, io);
    io.stderr.write('compose-gen: the compose files have errors; nothing written\n');
    return EXIT_FINDINGS;
  }

  const result = importCompose({ targets });
  const shown = [...problems, ...notes, ...result.diagnostics];
  if (output === '-') {
    io.stdout.write(result.source);
    if (shown.length > 0) report(shown, format, { ...io, stdout: io.stderr });
    return EXIT_OK;
  }
  if (shown.length > 0) report(shown, format, io);
  writeAtomic(outPath, result.source, relative(io.cwd, outPath) || output);
  io.stdout.write(`wrote ${relative(io.cwd, outPath) || output} (targets: ${wanted.map((w) => w.name).join(', ')})\n`);
  return EXIT_OK;
};
