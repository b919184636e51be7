import { dirname, relative, resolve as resolvePath } from 'node:path';
import type { ComposeInput } from '@compose-gen/core';
import { envExample, listTargets, rebasePaths, render, resolve } from '@compose-gen/core';
import type { Diagnostic } from '@compose-gen/spec';
import { UsageError } from '../_errors.js';
import { readIfFile } from '../_io.js';
import { locateInSource } from '../_locate.js';
import { installedSchema, schemaLink } from '../_schema-link.js';

/** One file generate would write. */
export interface Output {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the working directory. */
  shown: string;
  /** The target it belongs to; undefined for `.env.example`. */
  target?: string;
  text: string;
}

export interface Plan {
  outputs: Output[];
  diagnostics: Diagnostic[];
}

/**
 * Resolves and renders every selected target of a loaded config. Nothing touches the disk here.
 * Output paths are relative to the config file's directory.
 */
export function plan(
  config: unknown,
  configFile: string,
  options: { cwd: string; env: Record<string, string | undefined>; targets: string[] },
): Plan {
  const input = config as ComposeInput;
  const root = dirname(configFile);
  const shownConfig = relative(options.cwd, configFile) || configFile;
  const place = (file: string): Pick<Output, 'path' | 'shown'> => {
    const path = resolvePath(root, file);
    return { path, shown: relative(options.cwd, path) || path };
  };

  // Each file's header names the config relative to the file itself.
  const sourceFor = (file: string): string => posix(relative(dirname(resolvePath(root, file)), configFile));

  const all = listTargets(input, { env: options.env });
  if (all.length === 0) {
    const message = 'the config declares no targets: export default defineCompose({ targets: { dev: \'docker-compose.yml\' }, ... })';
    return { outputs: [], diagnostics: [{ ruleId: 'config/no-targets', severity: 'error', message, file: shownConfig, line: 1, column: 1, path: '/targets' }] };
  }
  const unknown = options.targets.filter((name) => !all.some((t) => t.name === name));
  if (unknown.length > 0) {
    const known = all.map((t) => t.name).join(', ') || 'none';
    throw new UsageError(`unknown target '${unknown[0]}' (the config defines: ${known})`);
  }
  const chosen = options.targets.length > 0 ? all.filter((t) => options.targets.includes(t.name)) : all;

  const locate = locateInSource(readIfFile(configFile) ?? '', shownConfig);
  const schema = installedSchema(root);
  const outputs: Output[] = [];
  const diagnostics: Diagnostic[] = [];
  // A config-wide problem (one without a `target`) comes back from every target's resolve: keep it once.
  const seen = new Set<string>();
  for (const target of chosen) {
    const result = resolve(input, target.name, { env: options.env, file: shownConfig, locate });
    for (const d of result.diagnostics) {
      const key = d.target === undefined ? JSON.stringify(d) : undefined;
      if (key !== undefined && seen.has(key)) continue;
      if (key !== undefined) seen.add(key);
      diagnostics.push(d);
    }
    if (result.diagnostics.some((d) => d.severity === 'error')) continue;
    const at = place(target.file);
    const header = { target: target.name, source: sourceFor(target.file), schemaUrl: schemaLink(schema, at.path) };
    // The config's paths are relative to its folder; Compose reads a file's paths relative to that file's folder.
    const compose = rebasePaths(result.compose, posix(relative(dirname(at.path), root)));
    outputs.push({ ...at, target: target.name, text: render(compose, header) });
  }

  // Only with every target sound: the example lists what the written files read.
  const wanted = envExampleFile(input, options.env);
  if (wanted !== undefined && !diagnostics.some((d) => d.severity === 'error')) {
    const text = envExample(input, { env: options.env, source: sourceFor(wanted) });
    if (text !== undefined) outputs.push({ ...place(wanted), text });
  }
  return { outputs, diagnostics };
}

const posix = (path: string): string => path.split('\\').join('/');

/** Where the config wants its `.env.example`: `true` for the default name, a string for its own; else undefined. */
function envExampleFile(input: ComposeInput, env: Record<string, string | undefined>): string | undefined {
  const config = typeof input === 'function' ? input({ target: undefined, env }) : input;
  const wanted = config?.envExample;
  if (wanted === true) return '.env.example';
  return typeof wanted === 'string' && wanted !== '' ? wanted : undefined;
}
