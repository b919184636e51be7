import { healthcheck } from '../builders/healthcheck.js';
import type { Healthcheck, HealthcheckChoice, HealthcheckOptions } from '../builders/healthcheck.js';
import { volume } from '../builders/mount.js';
import type { MountOptions, VolumeMount } from '../builders/mount.js';
import { port } from '../builders/port.js';
import type { PortValue } from '../builders/port.js';

/** Timings that suit a database: probe often, give the first start time to initialise. */
export const DATABASE_TIMINGS = { interval: '10s', timeout: '5s', retries: 5, start_period: '30s' } as const;

export function probe(defaults: HealthcheckOptions, choice: HealthcheckChoice | undefined): Healthcheck | undefined {
  return choice === false ? undefined : healthcheck({ ...defaults, ...choice });
}

/** `name:tag`, refusing a tag that would make an invalid image reference. */
export function image(recipe: string, name: string, version: string): string {
  if (!/^\w[\w.-]{0,127}(@sha256:[a-f0-9]{64})?$/.test(version) && !/^\$\{[^}]+\}$/.test(version)) {
    throw new TypeError(`${recipe}: version "${version}" is not an image tag such as "8.4" or "16-alpine"`);
  }
  return `${name}:${version}`;
}

/** Drops the keys whose value is `undefined`, so a fragment holds only what it sets. */
export function compact<T extends object>(fragment: T): T {
  return Object.fromEntries(Object.entries(fragment).filter(([, value]) => value !== undefined)) as T;
}

/** Drops the `undefined` entries of a mapping, or returns `undefined` when none is left. */
export function mapping(entries: Record<string, string | undefined>): Record<string, string> | undefined {
  const kept = compact(entries) as Record<string, string>;
  return Object.keys(kept).length === 0 ? undefined : kept;
}

/** `ports` publishing `container` on `host`, or `undefined` when no host port is asked for. */
export function published(host: PortValue | undefined, container: number): string[] | undefined {
  return host === undefined ? undefined : [port(host, container)];
}

/** `volumes` mounting the named volume at `target`, or `undefined` when no volume is asked for. */
export function mounted<V extends string>(
  name: V | undefined,
  target: string,
  options?: MountOptions,
): VolumeMount<V>[] | undefined {
  return name === undefined ? undefined : [volume(name, target, options)];
}
