import type { ErrorObject } from 'ajv';
import type { ServiceDependency, ServiceVolumeConfig, WatchRule } from './generated/compose.js';
import { validateComposeFile } from './generated/validate-compose.js';

export type {
  Build,
  BuildConfig,
  Command,
  ComposeFile,
  Config,
  DependsOn,
  Deploy,
  Develop,
  DeviceMapping,
  EnvFile,
  Extends,
  ExtraHosts,
  Healthcheck,
  Include,
  ListOfStrings,
  ListOrDict,
  Logging,
  Model,
  Network,
  Resources,
  Secret,
  Service,
  ServiceDependency,
  ServiceFileGrant,
  ServiceFileGrants,
  ServiceHook,
  ServiceNetwork,
  ServiceNetworks,
  ServicePort,
  ServicePortConfig,
  ServiceVolume,
  ServiceVolumeConfig,
  StringOrList,
  Ulimits,
  Volume,
  WatchRule,
} from './generated/compose.js';

export type DependsOnCondition = ServiceDependency['condition'];
export type MountType = ServiceVolumeConfig['type'];
export type WatchAction = WatchRule['action'];

/** The `$id` of schemas/compose.schema.json, for `# yaml-language-server: $schema=` lines. */
export const COMPOSE_SCHEMA_ID = 'https://compose-gen.dev/schemas/compose.schema.json';

export interface SchemaResult {
  valid: boolean;
  /** ajv's raw errors (empty when valid); instancePath is a JSON pointer into `data`. */
  errors: ErrorObject[];
}

/** Checks plain data against the Compose schema with the validator precompiled from schemas/compose.schema.json. */
export function validateComposeSchema(data: unknown): SchemaResult {
  const valid = validateComposeFile(data);
  return { valid, errors: valid ? [] : [...(validateComposeFile.errors ?? [])] };
}
