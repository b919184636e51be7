import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { sortDiagnostics } from '../diagnostic.js';
import { fileStart, isMapping } from './_diag.js';
import { checkModel, parseFile } from './_deps.js';
import { Origins } from './_origins.js';
import { basename, dirname, join, resolvePath } from './_path.js';
import { Workspace, type Shared } from './_workspace.js';
import { assembleEnvironment } from './env.js';
import { resolveExtends } from './extends.js';
import type { LoaderHost } from './host.js';
import { applyInclude } from './include.js';
import { Merger } from './_merger.js';
import { normalize, normalizeProjectName } from './normalize.js';
import { activeProfiles } from './profiles.js';
import { summarizeRefs, type VariableUse } from './variables.js';
import { commandWarnings, obsoleteVersion, variableWarnings } from './warnings.js';

export interface LoadOptions {
  /** The `-f` files in order; relative ones resolve against `workingDirectory`. */
  files: readonly string[];
  projectName?: string;
  /** Defaults to the directory of the first file. */
  projectDirectory?: string;
  /** Where relative `files`, `projectDirectory` and `envFiles` start from (the CLI's cwd); default `/`. */
  workingDirectory?: string;
  /** `--env-file`s; without them the project directory's `.env` is read when present. */
  envFiles?: readonly string[];
  /** Active profiles; default `COMPOSE_PROFILES` from the environment. */
  profiles?: readonly string[];
  /** Services named on the command line: only they and their dependencies are kept, their profiles turned on. */
  services?: readonly string[];
  /** Default true. */
  interpolate?: boolean;
  /** Default true: the model `docker compose config` prints. False: the merged model as written. */
  normalize?: boolean;
  /** Keep unused top-level resources (`--all-resources`). */
  allResources?: boolean;
}

export interface LoadResult {
  model: Record<string, unknown>;
  diagnostics: Diagnostic[];
  /**
   * The file and line that set the value at `pointer` of the merged model; with `{ key: true }` the key that
   * introduced it. A pointer the model lacks falls back to its nearest known ancestor.
   */
  origin(pointer: string, options?: { key?: boolean }): SourceRange;
  variables: VariableUse[];
  projectName: string;
  projectDirectory: string;
  /** The interpolation environment that was used. */
  env: Record<string, string>;
}

function projectNameOf(options: LoadOptions, env: Record<string, string>, model: Record<string, unknown>, dir: string) {
  const explicit = options.projectName ?? env.COMPOSE_PROJECT_NAME ?? (typeof model.name === 'string' ? model.name : undefined);
  if (explicit !== undefined && explicit !== '') return { name: explicit, valid: /^[a-z0-9][a-z0-9_-]*$/.test(explicit) };
  return { name: normalizeProjectName(basename(dir)) || 'default', valid: true };
}

/**
 * Loads compose files the way `docker compose` does: each file interpolated, its `extends` and `include`
 * resolved, then merged in order, validated with origins, normalised, and filtered by profiles.
 */
export function loadProject(options: LoadOptions, host: LoaderHost): LoadResult {
  const cwd = options.workingDirectory ?? '/';
  const files = options.files.map((f) => resolvePath(cwd, f));
  const projectDirectory = resolvePath(cwd, options.projectDirectory ?? dirname(files[0] ?? join(cwd, 'compose.yaml')));
  const envResult = assembleEnvironment(
    { projectDirectory, envFiles: options.envFiles?.map((f) => resolvePath(cwd, f)) },
    host,
  );
  const env = envResult.env;
  const origins = new Origins();
  const given = new Map(files.map((abs, i) => [abs, options.files[i] ?? abs]));
  const shared: Shared = {
    host,
    parse: parseFile,
    interpolate: options.interpolate !== false,
    origins,
    diagnostics: [...envResult.diagnostics],
    refs: [],
    display: (p) => given.get(p) ?? (p.startsWith(`${projectDirectory}/`) ? p.slice(projectDirectory.length + 1) : p),
  };
  const ws = new Workspace(shared, env);
  const merger = new Merger(origins);
  if (files.length === 0) {
    shared.diagnostics.push({
      ruleId: 'loader/file', severity: 'error', message: 'no compose file given', ...fileStart(''), path: '',
    });
  }
  let loaded = 0;
  for (const [i, path] of files.entries()) {
    const doc = ws.open(path, undefined, i > 0);
    if (!doc?.data) continue;
    loaded++;
    shared.diagnostics.push(...obsoleteVersion(doc));
    resolveExtends(doc, ws);
    applyInclude(doc, ws, [path]);
    merger.add(origins.clone(doc.data), doc.parsed.tags, doc.display);
  }
  const merged = merger.model;
  const origin = merger.origin;
  const diagnostics = [...shared.diagnostics, ...merger.diagnostics];
  // Nothing read, nothing to check: the files' own findings already say why.
  if (loaded > 0) diagnostics.push(...checkModel(merged, { file: shared.display(files[0] ?? ''), locate: origin }));
  if (shared.interpolate) diagnostics.push(...variableWarnings(shared.refs));
  diagnostics.push(...commandWarnings(merged, origin));
  const project = projectNameOf(options, env, merged, projectDirectory);
  if (!project.valid) {
    const message = `"${project.name}" is not a valid project name: use lower-case letters, digits, "-" and "_", starting with a letter or digit`;
    diagnostics.push({ ruleId: 'loader/project-name', severity: 'error', message, ...origin('/name'), path: '/name' });
  }
  let model = merged;
  if (options.normalize !== false) {
    const result = normalize(merged, {
      projectName: project.name,
      projectDirectory,
      env,
      profiles: activeProfiles(options.profiles, env),
      services: options.services,
      readFile: (p) => host.readFile(p),
      allResources: options.allResources,
      locate: origin,
    });
    model = result.model;
    diagnostics.push(...result.diagnostics);
  }
  return {
    model,
    diagnostics: sortDiagnostics(diagnostics),
    origin,
    variables: summarizeRefs(shared.refs),
    projectName: project.name,
    projectDirectory,
    env,
  };
}

// compose-go cli DefaultFileNames / DefaultOverrideFileNames, in their order.
const candidates = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const overrides = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

function firstFile(dir: string, names: readonly string[], host: LoaderHost): string | undefined {
  return names.map((n) => join(dir, n)).find((p) => host.readFile(p) !== undefined && !host.isDirectory?.(p));
}

/**
 * The files `docker compose` reads when no `-f` is given: the first default name found in `dir` or the nearest
 * parent directory holding one, plus the first override file of that same directory.
 */
export function findComposeFiles(dir: string, host: LoaderHost): string[] {
  for (let current = dir; ; current = dirname(current)) {
    const main = firstFile(current, candidates, host);
    if (main) {
      const override = firstFile(current, overrides, host);
      return override ? [main, override] : [main];
    }
    if (dirname(current) === current) return [];
  }
}
