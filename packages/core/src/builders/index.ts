export { env } from './env.js';
export type { EnvReference } from './env.js';
export { port } from './port.js';
export type { PortOptions, PortValue } from './port.js';
export { bind, volume } from './mount.js';
export type { MountOptions, VolumeMount } from './mount.js';
export { healthcheck } from './healthcheck.js';
export type { Duration, Healthcheck, HealthcheckChoice, HealthcheckOptions } from './healthcheck.js';
