import type { ComposeConfig, ComposeInput, EnvMap, TargetSpec } from './config.js';
import { isMapping } from './merge.js';

/** One output of a config. */
export interface TargetInfo {
  name: string;
  file: string;
  /** Declared with `production: true`, or, when not declared, a target named `prod` or `production`. */
  production: boolean;
}

export interface TargetOptions {
  env?: EnvMap;
}

/**
 * The config object for one target. The function form is called with `{ target, env }`; with `target: undefined`
 * it is the discovery call that `listTargets` makes to read `targets`.
 */
export function materialize(input: ComposeInput, target: string | undefined, env: EnvMap = {}): ComposeConfig {
  return typeof input === 'function' ? input({ target, env }) : input;
}

/** A target not declared otherwise is production when it is named `prod` or `production`. */
export function isProductionName(name: string): boolean {
  return name === 'prod' || name === 'production';
}

function targetInfo(name: string, spec: TargetSpec | undefined): TargetInfo | undefined {
  const guess = isProductionName(name);
  if (typeof spec === 'string') return { name, file: spec, production: guess };
  if (isMapping(spec) && typeof spec.file === 'string') {
    return { name, file: spec.file, production: typeof spec.production === 'boolean' ? spec.production : guess };
  }
  return undefined;
}

/** The targets a config declares, in declaration order. Malformed entries are left out (resolve reports them). */
export function listTargets(input: ComposeInput, options: TargetOptions = {}): TargetInfo[] {
  const config = materialize(input, undefined, options.env);
  if (!isMapping(config) || !isMapping(config.targets)) return [];
  return Object.entries(config.targets).flatMap(([name, spec]) => targetInfo(name, spec as TargetSpec) ?? []);
}
