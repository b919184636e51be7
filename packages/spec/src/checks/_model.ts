import { toPointer } from '../diagnostic.js';

export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `${VAR}` or `$VAR`: a value that only interpolation can tell, so no check judges it. */
export function isInterpolated(value: unknown): boolean {
  return typeof value === 'string' && value.includes('$');
}

/** The services that are mappings, with their names, in file order. */
export function services(model: Mapping): [string, Mapping][] {
  const all = model.services;
  if (!isMapping(all)) return [];
  return Object.entries(all).filter((entry): entry is [string, Mapping] => isMapping(entry[1]));
}

/** The names declared under a top-level section (`volumes`, `networks`, `secrets`, `configs`). */
export function declared(model: Mapping, section: string): Set<string> {
  const value = model[section];
  return new Set(isMapping(value) ? Object.keys(value) : []);
}

export function servicePointer(service: string, ...rest: (string | number)[]): string {
  return toPointer(['services', service, ...rest]);
}

/** The items of a list as [index, item] pairs, or nothing when the value is not a list. */
export function listItems(value: unknown): [number, unknown][] {
  return Array.isArray(value) ? value.map((item, index): [number, unknown] => [index, item]) : [];
}

/** Names used by a `list or mapping` field (`depends_on`, `networks`): list items, or mapping keys. */
export function namesOf(value: unknown): { name: string; at: (string | number)[]; key: boolean }[] {
  if (Array.isArray(value)) {
    return listItems(value)
      .filter(([, item]) => typeof item === 'string')
      .map(([index, item]) => ({ name: item as string, at: [index], key: false }));
  }
  if (isMapping(value)) return Object.keys(value).map((name) => ({ name, at: [name], key: true }));
  return [];
}

/** `deploy.resources.reservations.devices` of a service, when every level is a mapping. */
export function deviceRequests(body: Mapping): unknown {
  const deploy = body.deploy;
  if (!isMapping(deploy) || !isMapping(deploy.resources) || !isMapping(deploy.resources.reservations)) return undefined;
  return deploy.resources.reservations.devices;
}
