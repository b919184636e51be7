export type {
  ComposeConfig,
  ComposeContext,
  ComposeInput,
  EntryKeys,
  EnvMap,
  LintSettings,
  LintSeverity,
  Patch,
  RawFragment,
  ResourceConfig,
  ServiceConfig,
  TargetSpec,
} from './config.js';
export { defineCompose } from './config.js';
export type { Append, Remove } from './markers.js';
export { append, isAppend, isRemove, remove } from './markers.js';
export { bind, env, healthcheck, port, volume } from './builders/index.js';
export type {
  Duration,
  EnvReference,
  Healthcheck,
  HealthcheckChoice,
  HealthcheckOptions,
  MountOptions,
  PortOptions,
  PortValue,
  VolumeMount,
} from './builders/index.js';
export { django, mysql, nginxProxy, nginxProxyConf, postgres, postgresDataPath, redis } from './recipes/index.js';
export type {
  BuildValue,
  DjangoFragment,
  DjangoOptions,
  MySqlFragment,
  MySqlOptions,
  NginxProxyFragment,
  NginxProxyOptions,
  PostgresFragment,
  PostgresOptions,
  RedisFragment,
  RedisOptions,
  ServerFragment,
  ServerOptions,
} from './recipes/index.js';
export { importCompose } from './import/index.js';
export type { ImportOptions, ImportResult, ImportSource, ImportTarget } from './import/index.js';
export { SCAFFOLD_RECIPES, isProjectName, scaffoldConfig } from './import/index.js';
export type { ScaffoldOptions, ScaffoldRecipe } from './import/index.js';
export type { MergeProblem, MergeResult } from './merge.js';
export { mergeOverride } from './merge.js';
export type { TargetInfo, TargetOptions } from './targets.js';
export { isProductionName, listTargets } from './targets.js';
export type { ResolveOptions, ResolveResult } from './resolve.js';
export { resolve } from './resolve.js';
export type { RenderOptions } from './render.js';
export { isGenerated, render, renderHeader } from './render.js';
export type { EnvExampleOptions } from './env-example.js';
export { envExample } from './env-example.js';
export { rebasePaths } from './rebase.js';
