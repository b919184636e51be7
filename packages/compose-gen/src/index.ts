// What users import in compose.config.ts: `import { defineCompose } from 'compose-gen'`.
export * from '@compose-gen/core';

// The Compose model's own types, for typing fragments a config builds. (`Healthcheck` comes from core: the builder's.)
export type {
  Build,
  BuildConfig,
  ComposeFile,
  Config,
  DependsOn,
  DependsOnCondition,
  Deploy,
  Diagnostic,
  Logging,
  MountType,
  Network,
  Secret,
  Service,
  ServiceDependency,
  ServicePort,
  ServicePortConfig,
  ServiceVolume,
  ServiceVolumeConfig,
  Severity,
  SourceRange,
  Volume,
} from '@compose-gen/spec';
