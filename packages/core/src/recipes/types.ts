import type { Healthcheck, HealthcheckChoice } from '../builders/healthcheck.js';
import type { VolumeMount } from '../builders/mount.js';
import type { PortValue } from '../builders/port.js';

/** What every server recipe (`mysql`, `postgres`, `redis`) takes besides its own settings. */
export interface ServerOptions<V extends string> {
  /** The image tag, e.g. `'8.4'`, `'17-alpine'`. */
  version: string;
  /** A named volume to keep the data in; declare it under top-level `volumes`. */
  volume?: V;
  /** A host port to publish the server's port on, e.g. `3307` beside a server already on the host. */
  port?: PortValue;
  /** `false` to leave the healthcheck out, or fields replacing its defaults. */
  healthcheck?: HealthcheckChoice;
}

/** What every server recipe returns: spread it into a service and add what is yours. */
export type ServerFragment<V extends string> = {
  image: string;
  environment?: Record<string, string>;
  command?: string[];
  ports?: string[];
  volumes?: VolumeMount<V>[];
  healthcheck?: Healthcheck;
};
