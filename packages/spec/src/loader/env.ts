import type { Diagnostic } from '../diagnostic.js';
import { diagnostic, fileStart } from './_diag.js';
import { join, resolvePath } from './_path.js';
import { parseDotenv } from './dotenv.js';
import type { LoaderHost } from './host.js';

export interface EnvironmentResult {
  /** The interpolation environment: process env over the env files. */
  env: Record<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Builds the interpolation environment as docker compose does: the `--env-file` files (later ones win) or,
 * when none is given, the project directory's `.env` if present; the process environment wins over both.
 */
export function assembleEnvironment(
  options: { projectDirectory: string; envFiles?: readonly string[] },
  host: LoaderHost,
): EnvironmentResult {
  const diagnostics: Diagnostic[] = [];
  const processEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(host.env)) if (v !== undefined) processEnv[k] = v;
  const fromFiles: Record<string, string> = {};
  const explicit = options.envFiles !== undefined && options.envFiles.length > 0;
  const files = explicit
    ? (options.envFiles ?? []).map((f) => resolvePath(options.projectDirectory, f))
    : [join(options.projectDirectory, '.env')];
  for (const file of files) {
    if (host.isDirectory?.(file)) {
      if (explicit) diagnostics.push(diagnostic('loader/env-file', 'error', `${file} is a directory`, fileStart(file), ''));
      continue;
    }
    const text = host.readFile(file);
    if (text === undefined) {
      if (explicit) {
        diagnostics.push(diagnostic('loader/env-file', 'error', `env file ${file} not found`, fileStart(file), ''));
      }
      continue;
    }
    const parsed = parseDotenv(text, { file, lookup: (k) => processEnv[k] ?? fromFiles[k] });
    diagnostics.push(...parsed.diagnostics);
    Object.assign(fromFiles, parsed.values);
  }
  return { env: { ...fromFiles, ...processEnv }, diagnostics };
}
