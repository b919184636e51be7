import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './_errors.js';
import { isDirectory, readIfFile } from './_io.js';

/** Searched in this order in the working directory when no `--config` is given. */
export const CONFIG_NAMES = ['compose.config.ts', 'compose.config.mts', 'compose.config.js', 'compose.config.mjs'];

/** A config that does not compile or throws while loading: `where` is `file:line:col` when known. */
export class ConfigLoadError extends Error {
  override name = 'ConfigLoadError';
  /** The local files loaded before the failure: watch mode keeps watching them. */
  files: string[] = [];
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
  }
}

export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  /** The default export (or the module itself when it has none). */
  value: unknown;
  /** The config file and every local file it imported, absolute paths: what `--watch` watches. */
  files: string[];
}

/** The config file to load: `--config` as given, else the first of CONFIG_NAMES in `cwd`. */
export function findConfig(cwd: string, explicit: string | undefined): string {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (isDirectory(path)) throw new UsageError(`config '${explicit}' is a directory`);
    if (!existsSync(path)) throw new UsageError(`config '${explicit}' not found`);
    return path;
  }
  for (const name of CONFIG_NAMES) {
    const path = resolve(cwd, name);
    if (existsSync(path) && !isDirectory(path)) return path;
  }
  throw new UsageError(`no compose.config.ts (or .mts, .js, .mjs) in ${cwd}; create one with 'compose-gen init'`);
}

function isLocal(root: string, file: string): boolean {
  const rel = relative(root, file);
  return !rel.startsWith('..') && !isAbsolute(rel) && !file.split(sep).includes('node_modules');
}

// Where in the user's own files the error arose: the first stack frame in the config's folder, outside node_modules.
function userFrame(error: unknown, root: string, cwd: string): string | undefined {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  for (const match of stack.matchAll(/\(?((?:file:\/\/)?\/[^():\s]+|[A-Za-z]:\\[^():]+):(\d+):(\d+)\)?/g)) {
    const file = match[1]!.startsWith('file://') ? new URL(match[1]!).pathname : match[1]!;
    if (isLocal(root, file)) return `${relative(cwd, file) || file}:${match[2]}${column(file, Number(match[2]), match[3]!)}`;
  }
  return undefined;
}

// A frame of code jiti rewrote (an `export default` line) can point past the end of the line as written:
// then only the line is named.
function column(file: string, line: number, col: string): string {
  const text = readIfFile(file)?.split('\n')[line - 1];
  return text !== undefined && Number(col) <= text.length + 1 ? `:${col}` : '';
}

/** Turns whatever a config threw into a one-line error naming the user's file and line. */
export function describeConfigError(error: unknown, file: string, cwd: string): ConfigLoadError {
  const root = dirname(file);
  const message = error instanceof Error ? error.message : String(error);
  // jiti reports a compile error as "ParseError: <reason>\n <path>:<line>:<col>".
  const syntax = /^(?:\w*Error: )?([^\n]*)\n\s*(\S+):(\d+):(\d+)/.exec(message);
  if (syntax && /ParseError|SyntaxError/.test(message)) {
    const where = `${relative(cwd, syntax[2]!) || syntax[2]}:${syntax[3]}:${syntax[4]}`;
    return new ConfigLoadError(where, `does not compile: ${syntax[1]!.replace(/^ParseError: /, '').trim()}`);
  }
  const where = userFrame(error, root, cwd) ?? (relative(cwd, file) || file);
  // The transpiled call `(0, _composeGen.nope)` reads, in the user's words, `nope`.
  const first = (message.split('\n', 1)[0] ?? '').replace(/\(0\s*,\s*[\w$]+\.([\w$]+)\)/g, '$1');
  return new ConfigLoadError(where, `config failed to load: ${first}`);
}

/**
 * Loads a compose.config.(m)ts/(m)js with jiti (imported only here, so other commands never pay for it).
 * `alias` maps module ids to files: tests point `compose-gen` at the sources; the product resolves the installed package.
 */
export async function loadConfig(file: string, cwd: string, alias?: Record<string, string>): Promise<LoadedConfig> {
  const { createJiti } = await import('jiti');
  const own = alias?.['compose-gen'] === undefined && !resolvable('compose-gen', file) ? await import('./index.js') : undefined;
  const jiti = createJiti(pathToFileURL(file).href, {
    fsCache: true,
    moduleCache: true,
    // The module as it is: jiti's default-export proxy throws on a `null` default instead of returning it.
    interopDefault: false,
    ...(alias ? { alias } : {}),
    // A project that has not installed compose-gen (a global or npx run) gets the running CLI's own copy.
    ...(own ? { virtualModules: { 'compose-gen': own } } : {}),
  });
  const root = dirname(file);
  try {
    const mod = (await jiti.import(file)) as Record<string, unknown>;
    const value = 'default' in mod ? mod.default : mod;
    const wrong = notAConfig(value, mod);
    if (wrong) throw new ConfigLoadError(exportLine(file, cwd), `${wrong}; a config is export default defineCompose({ targets: { dev: 'docker-compose.yml' }, ... })`);
    return { file, value, files: localFiles(jiti.cache, root, file) };
  } catch (error) {
    const failure = error instanceof ConfigLoadError ? error : describeConfigError(error, file, cwd);
    failure.files = localFiles(jiti.cache, root, file);
    throw failure;
  } finally {
    // Forget the user's modules so the next load (watch mode, or another test) evaluates the edited files.
    for (const key of Object.keys(jiti.cache)) if (isLocal(root, key)) delete jiti.cache[key];
  }
}

function resolvable(id: string, from: string): boolean {
  try {
    createRequire(from).resolve(id);
    return true;
  } catch {
    return false;
  }
}

function localFiles(cache: Record<string, unknown>, root: string, file: string): string[] {
  const files = Object.keys(cache).filter((key) => isAbsolute(key) && isLocal(root, key));
  return [...new Set([file, ...files])].sort();
}

/** Why a module's export cannot be a config, or undefined when it may be one (an object, a config function). */
function notAConfig(value: unknown, mod: Record<string, unknown>): string | undefined {
  if (value === mod && Object.keys(mod).length === 0) return 'the file exports nothing';
  const what =
    value === null || value === undefined ? String(value)
    : Array.isArray(value) ? 'a list'
    : typeof value === 'function' ? (/^class\b/.test(Function.prototype.toString.call(value)) ? 'a class' : undefined)
    : typeof value === 'object' ? undefined
    : `a ${typeof value}`;
  return what === undefined ? undefined : `its default export is ${what}, not a config`;
}

/** `file:line` of the `export default` (or `module.exports`) statement, else the file alone. */
function exportLine(file: string, cwd: string): string {
  const shown = relative(cwd, file) || file;
  const lines = readIfFile(file)?.split('\n') ?? [];
  const line = lines.findIndex((l) => /^\s*(export\s+default\b|module\.exports\b|exports\.default\b)/.test(l));
  return line < 0 ? shown : `${shown}:${line + 1}`;
}
