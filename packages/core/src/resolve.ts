import { fromPointer, toPointer, type Diagnostic, type SourceRange } from '@compose-gen/spec';
import type { ComposeFile } from '@compose-gen/spec';
import { buildModel, checkReferences, nullFindings, type BuildContext, type Finding } from './_build.js';
import { configPath } from './_origin.js';
import { validateOutput } from './_validate.js';
import type { ComposeConfig, ComposeInput, EnvMap } from './config.js';
import { isMapping } from './merge.js';
import { listTargets, materialize } from './targets.js';

export interface ResolveOptions {
  /** The environment the function form of a config receives. */
  env?: EnvMap;
  /** The config file name used in diagnostics (default `compose.config.ts`). */
  file?: string;
  /** Maps a JSON pointer into the config to its place in the source text, when the caller knows it. */
  locate?: (pointer: string) => SourceRange | undefined;
}

export interface ResolveResult {
  /** The complete Compose model of the target; our own keys (`only`, `overrides`, `raw`) are gone. */
  compose: ComposeFile;
  /** Config problems, reference problems and schema problems, with paths into the config. */
  diagnostics: Diagnostic[];
}

/**
 * The Compose model of one target: entries outside the target dropped, overrides and `raw` merged,
 * references checked, the result validated against the Compose schema.
 */
export function resolve(input: ComposeInput, target: string, options: ResolveOptions = {}): ResolveResult {
  const file = options.file ?? 'compose.config.ts';
  const diagnostic = (f: Finding): Diagnostic => {
    const path = toPointer(f.path);
    const at = options.locate?.(path);
    return {
      ruleId: f.ruleId,
      severity: f.severity ?? 'error',
      message: f.message,
      file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      ...(at ? { endLine: at.endLine, endColumn: at.endColumn } : {}),
      path,
      ...(f.service === undefined ? {} : { service: f.service }),
      ...(f.configWide ? {} : { target }),
    };
  };

  let config: ComposeConfig;
  let names: string[];
  try {
    config = materialize(input, target, options.env);
    const declared = typeof input === 'function' ? listTargets(input, { env: options.env ?? {} }) : undefined;
    names = declared ? declared.map((t) => t.name) : isMapping(config?.targets) ? Object.keys(config.targets) : [];
  } catch (error) {
    const message = `the config function threw for target '${target}': ${error instanceof Error ? error.message : String(error)}`;
    return { compose: {}, diagnostics: [diagnostic({ ruleId: 'config/function-threw', message, path: [] })] };
  }
  if (!isMapping(config) || !isMapping(config.targets)) {
    const message = 'a config must be an object with a `targets` mapping';
    return { compose: {}, diagnostics: [diagnostic({ ruleId: 'config/invalid', message, path: [] })] };
  }
  if (!names.includes(target)) {
    const message = `target '${target}' is not declared in targets (declared: ${names.join(', ') || 'none'})`;
    return {
      compose: {},
      diagnostics: [diagnostic({ ruleId: 'config/unknown-target', message, path: ['targets'], configWide: true })],
    };
  }

  const ctx: BuildContext = { target, targets: new Set(names), findings: [] };
  for (const [name, spec] of Object.entries(config.targets)) {
    if (typeof spec === 'string' || (isMapping(spec) && typeof spec.file === 'string')) continue;
    const message = `target '${name}' must be a file name or { file, production? }`;
    ctx.findings.push({ ruleId: 'config/invalid', message, path: ['targets', name], configWide: true });
  }
  const model = buildModel(config, ctx);
  checkReferences(config, model, ctx);
  for (const f of nullFindings(model)) ctx.findings.push({ ...f, path: configPath(config, target, toPointer(f.path)) });
  // A reference the config check already reported is not reported again by the model's own reference checks.
  const seen = new Set(ctx.findings.map((f) => toPointer(f.path)));
  for (const d of validateOutput(model, file)) {
    const path = configPath(config, target, d.path);
    if (d.ruleId.startsWith('ref/') && seen.has(toPointer(path))) continue;
    const service = d.service ?? (path[0] === 'services' && typeof path[1] === 'string' ? path[1] : undefined);
    const configWide = sameInEveryTarget(d, path, model);
    ctx.findings.push({
      ruleId: d.ruleId,
      severity: d.severity,
      message: configWide ? d.message : `${d.message} (target '${target}')`,
      path,
      ...(service === undefined ? {} : { service }),
      ...(configWide ? { configWide } : {}),
    });
  }
  return { compose: model as ComposeFile, diagnostics: ctx.findings.map(diagnostic) };
}

/**
 * A schema finding on a value no override touches: a scalar (or an unknown key) written in the base entry or a
 * `raw` is the same in every target, so it is said once. Anything an override set, or an object that merges
 * several sources, stays with its target.
 */
function sameInEveryTarget(d: Diagnostic, path: (string | number)[], model: Record<string, unknown>): boolean {
  if (!d.ruleId.startsWith('schema/') || path.includes('overrides')) return false;
  if (d.ruleId === 'schema/unknown-property') return true;
  let value: unknown = model;
  for (const key of fromPointer(d.path ?? '')) value = isMapping(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return value !== undefined && (value === null || typeof value !== 'object');
}
