import type { ComposeConfig } from './config.js';
import { fromPointer } from '@compose-gen/spec';
import { isAppend } from './markers.js';
import { isMapping, own as ownValue } from './merge.js';

const sections = new Set(['services', 'networks', 'volumes', 'secrets', 'configs']);

function has(value: unknown, key: string): value is Record<string, unknown> {
  return isMapping(value) && Object.hasOwn(value, key);
}

/**
 * Where in the config a value of the resolved model of `target` came from: the entry's `raw`, its override for
 * the target (and its `raw`), or the entry itself. Appended list items point into the `append(...)` call.
 */
export function configPath(config: ComposeConfig, target: string, pointer: string): (string | number)[] {
  const segments: (string | number)[] = fromPointer(pointer);
  const [section, name, field, ...rest] = segments.map(String);
  if (section === undefined) return segments;
  if (!sections.has(section) || name === undefined) return has(config.raw, section) ? ['raw', ...segments] : segments;
  const entry: unknown = config[section as keyof ComposeConfig];
  const own = isMapping(entry) ? ownValue(entry, name) : undefined;
  if (!isMapping(own)) return has(config.raw, section) ? ['raw', ...segments] : segments;
  if (field === undefined) return segments;
  const patch = isMapping(own.overrides) ? ownValue(own.overrides, target) : undefined;
  const base = [section, name];
  const over = [section, name, 'overrides', target];
  if (isMapping(patch) && has(patch.raw, field)) return [...over, 'raw', field, ...rest];
  if (has(own.raw, field)) return [...base, 'raw', field, ...rest];
  if (has(patch, field)) {
    const value = patch[field];
    if (!isAppend(value)) return [...over, field, ...rest];
    const inherited = Array.isArray(own[field]) ? (own[field] as unknown[]).length : 0;
    const index = Number(rest[0]);
    if (Number.isInteger(index) && index >= inherited) return [...over, field, index - inherited, ...rest.slice(1)];
  }
  return [...base, field, ...rest];
}
