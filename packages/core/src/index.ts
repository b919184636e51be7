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
