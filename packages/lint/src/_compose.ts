import { toPointer } from '@compose-gen/spec';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The services of a model, in file order; a non-mapping service body is skipped (the schema reports it). */
export function services(data: unknown): [string, Json][] {
  if (!isObject(data) || !isObject(data.services)) return [];
  return Object.entries(data.services).filter((e): e is [string, Json] => isObject(e[1]));
}

export function servicePointer(name: string, ...rest: (string | number)[]): string {
  return toPointer(['services', name, ...rest]);
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Environment as key -> value (null when valueless), from either the mapping or the `K=V` list form. */
export function environment(service: Json): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const env = service.environment;
  if (Array.isArray(env)) {
    for (const item of env) {
      const text = scalarText(item);
      if (text === undefined) continue;
      const eq = text.indexOf('=');
      out.set(eq < 0 ? text : text.slice(0, eq), eq < 0 ? null : text.slice(eq + 1));
    }
  } else if (isObject(env)) {
    for (const [k, v] of Object.entries(env)) out.set(k, v === null || v === undefined ? null : (scalarText(v) ?? null));
  }
  return out;
}

/** Pointer to an environment entry, whichever form the service uses. */
export function environmentPointer(name: string, service: Json, key: string): string {
  const env = service.environment;
  if (Array.isArray(env)) {
    const index = env.findIndex((item) => {
      const t = scalarText(item);
      return t === key || (t !== undefined && t.startsWith(`${key}=`));
    });
    return servicePointer(name, 'environment', index < 0 ? 0 : index);
  }
  return servicePointer(name, 'environment', key);
}

export interface EnvFileRef {
  path: string;
  required: boolean;
}

export function envFiles(service: Json): EnvFileRef[] {
  return asList(service.env_file).flatMap((item): EnvFileRef[] => {
    if (typeof item === 'string') return [{ path: item, required: true }];
    if (isObject(item) && typeof item.path === 'string') return [{ path: item.path, required: item.required !== false }];
    return [];
  });
}

/** Keys defined by a `.env`-style text: `KEY=value`, `export KEY=value`, comments and blank lines ignored. */
export function envFileKeys(text: string): string[] {
  const keys: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^export\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*(=|$)/.exec(line);
    if (m?.[1]) keys.push(m[1]);
  }
  return keys;
}

/** The command of a service as one line of text, whichever form it was written in. */
export function commandText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => scalarText(v) ?? '').join(' ');
  return undefined;
}

/** Names of the services a service depends on, from the list or the mapping form. */
export function dependencies(service: Json): string[] {
  const deps = service.depends_on;
  if (Array.isArray(deps)) return deps.filter((d): d is string => typeof d === 'string');
  if (isObject(deps)) return Object.keys(deps);
  return [];
}

export function setDiff<T>(a: Iterable<T>, b: ReadonlySet<T>): T[] {
  return [...a].filter((x) => !b.has(x));
}
