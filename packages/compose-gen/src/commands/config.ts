import { relative, resolve } from 'node:path';
import { render, renderHeader } from '@compose-gen/core';
import type { LoaderHost } from '@compose-gen/spec';
import { escapeDollars, findComposeFiles, loadProject } from '@compose-gen/spec';
import type { CommandSpec } from '../_args.js';
import { flag, list, parseOrHelp, str } from '../_args.js';
import { UsageError } from '../_errors.js';
import { isDirectory, readIfFile, useColor, writeAtomic } from '../_io.js';
import { formatDiagnostics, pickFormat } from '../format/index.js';
import { profileNames, serviceNames, variablesJson, variablesTable, volumeNames } from './_listings.js';
import type { Command, CommandIO } from './_types.js';
import { EXIT_FINDINGS, EXIT_OK } from './_types.js';

export const spec: CommandSpec = {
  name: 'config',
  usage: 'config [-f FILE]... [--env-file FILE]... [--profile NAME]... [options]',
  summary:
    'Load compose files as docker compose does (interpolate, extends, include, merge in order, normalise,\n' +
    'profiles) and print the resulting model, or list its services, volumes, profiles or variables.\n' +
    'Without -f: compose.yaml, compose.yml, docker-compose.yml or docker-compose.yaml (here or in a parent\n' +
    'directory) plus its .override file, or the files in COMPOSE_FILE.',
  flags: {
    file: { type: 'string', short: 'f', multiple: true, value: 'FILE', description: 'compose file, merged in order' },
    'env-file': { type: 'string', multiple: true, value: 'FILE', description: 'env file for interpolation, instead of the project\'s .env' },
    profile: { type: 'string', multiple: true, value: 'NAME', description: 'enable services of this profile' },
    'project-name': { type: 'string', short: 'p', value: 'NAME', description: 'project name' },
    'project-directory': { type: 'string', value: 'DIR', description: 'project directory (default: the first file\'s)' },
    'no-interpolate': { type: 'boolean', description: 'leave ${VARIABLES} as written' },
    'no-normalize': { type: 'boolean', description: 'print the merged model as written, not in canonical form' },
    format: { type: 'string', value: 'NAME', description: 'output format: yaml (default), json' },
    output: { type: 'string', short: 'o', value: 'FILE', description: 'write the output to FILE instead of stdout' },
    services: { type: 'boolean', description: 'list the service names' },
    volumes: { type: 'boolean', description: 'list the top-level volume names' },
    profiles: { type: 'boolean', description: 'list the profiles services use' },
    variables: { type: 'boolean', description: 'list the variables: default, whether required, where used' },
  },
};

function fsHost(env: CommandIO['env']): LoaderHost {
  return { readFile: readIfFile, isDirectory, env };
}

// The files as the user would name them, so every diagnostic reads `docker-compose.yml:3:5`.
function composeFiles(io: CommandIO, given: string[], host: LoaderHost): string[] {
  for (const file of given) {
    const path = resolve(io.cwd, file);
    if (isDirectory(path)) throw new UsageError(`-f ${file}: is a directory, not a compose file`);
    if (readIfFile(path) === undefined) throw new UsageError(`-f ${file}: no such file`);
  }
  if (given.length > 0) return given;
  const fromEnv = io.env.COMPOSE_FILE;
  if (fromEnv) return fromEnv.split(io.env.COMPOSE_PATH_SEPARATOR || ':').filter((f) => f !== '');
  const found = findComposeFiles(io.cwd, host);
  if (found.length === 0) throw new UsageError(`no compose.yaml, compose.yml, docker-compose.yml or docker-compose.yaml in ${io.cwd} or above; use -f FILE`);
  return found.map((f) => relative(io.cwd, f) || f);
}

export const run: Command = async (args, io) => {
  const parsed = parseOrHelp(spec, args, io.stdout);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`'config' takes files with -f, not as arguments: ${positionals[0]}`);
  const format = str(values.format) ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new UsageError(`unknown format '${format}' (expected yaml, json)`);
  const listings = (['services', 'volumes', 'profiles', 'variables'] as const).filter((name) => flag(values[name]));
  if (listings.length > 1) throw new UsageError(`--${listings[0]} and --${listings[1]} cannot be combined`);
  for (const envFile of list(values['env-file'])) {
    if (readIfFile(resolve(io.cwd, envFile)) === undefined) throw new UsageError(`--env-file ${envFile}: no such file`);
  }

  const host = fsHost(io.env);
  const options = {
    files: composeFiles(io, list(values.file), host),
    workingDirectory: io.cwd,
    envFiles: list(values['env-file']),
    // Listing profiles must see the services that the active profiles would hide.
    profiles: listings[0] === 'profiles' ? ['*'] : list(values.profile),
    // Listing volumes names them all, used or not, where the printed model drops the unused ones.
    allResources: listings[0] === 'volumes',
    interpolate: !flag(values['no-interpolate']),
    normalize: !flag(values['no-normalize']),
    ...(str(values['project-name']) ? { projectName: str(values['project-name']) } : {}),
    ...(str(values['project-directory']) ? { projectDirectory: str(values['project-directory']) } : {}),
  };
  const project = loadProject(options, host);

  const problems = formatDiagnostics('stylish', project.diagnostics, { cwd: io.cwd, color: useColor(io.stderr, io.env) });
  if (problems !== '') io.stderr.write(problems);
  if (project.diagnostics.some((d) => d.severity === 'error')) return EXIT_FINDINGS;

  const model = project.model;
  const names = (items: string[]): string => (format === 'json' ? `${JSON.stringify(items, null, 2)}\n` : items.map((n) => `${n}\n`).join(''));
  let text: string;
  switch (listings[0]) {
    case 'services':
      text = names(serviceNames(model));
      break;
    case 'volumes':
      text = names(volumeNames(model));
      break;
    case 'profiles':
      text = names(profileNames(model));
      break;
    case 'variables':
      text = format === 'json' ? variablesJson(project.variables, io.cwd) : variablesTable(project.variables, io.cwd);
      break;
    default: {
      // As docker compose prints it: every `$` left after interpolation doubled, so the output reads back the same.
      const printed = options.interpolate ? escapeDollars(model) : model;
      text = format === 'json' ? `${JSON.stringify(printed, null, 2)}\n` : yamlOf(printed);
    }
  }

  const output = str(values.output);
  if (output === undefined) io.stdout.write(text);
  else {
    const path = resolve(io.cwd, output);
    if (isDirectory(path)) throw new UsageError(`-o ${output}: is a directory`);
    writeAtomic(path, text, output);
  }
  return EXIT_OK;
};

// The same deterministic YAML that generate writes, without the "generated, do not edit" header.
function yamlOf(model: Record<string, unknown>): string {
  const options = { target: 'config', source: 'config' };
  return render(model, options).slice(renderHeader(options).length).replace(/^\n+/, '');
}
