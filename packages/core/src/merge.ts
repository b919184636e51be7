import { APPEND, isAppend, isRemove } from './markers.js';

/** A problem met while merging an override, at `path` (segments relative to the override's root). */
export interface MergeProblem {
  path: (string | number)[];
  message: string;
}

export interface MergeResult {
  /** The merged value; `undefined` when the override removed it. */
  value: unknown;
  problems: MergeProblem[];
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isAppend(value) && !isRemove(value);
}

/**
 * Merges a per-target override over an inherited value, by our rules (not Compose's multi-file rules):
 * a mapping merges by key; anything else, a list included, replaces; `append()` extends an inherited list;
 * `remove()` deletes. Neither input is modified.
 */
export function mergeOverride(base: unknown, override: unknown): MergeResult {
  const problems: MergeProblem[] = [];
  const value = mergeAt(base, override, [], problems);
  return { value, problems };
}

function mergeAt(base: unknown, override: unknown, path: (string | number)[], problems: MergeProblem[]): unknown {
  if (override === undefined) return clean(base);
  if (isRemove(override)) return undefined;
  if (isAppend(override)) {
    const items = clean([...override[APPEND]]) as unknown[];
    if (base === undefined) return items;
    if (Array.isArray(base)) return [...(clean(base) as unknown[]), ...items];
    problems.push({ path, message: `append() needs an inherited list, found ${describe(base)}` });
    return clean(base);
  }
  if (isMapping(override) && isMapping(base)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(base)) {
      if (!Object.hasOwn(override, key)) setDefined(out, key, clean(base[key]));
    }
    for (const key of Object.keys(override)) {
      setDefined(out, key, mergeAt(own(base, key), override[key], [...path, key], problems));
    }
    return out;
  }
  return clean(override, path, problems);
}

/**
 * A deep copy without `undefined` values. Markers left where there is nothing to merge into resolve as they would
 * against nothing: `append(x)` becomes `[x]`, `remove()` drops the key.
 */
export function clean(value: unknown, path: (string | number)[] = [], problems?: MergeProblem[]): unknown {
  if (isRemove(value)) return undefined;
  if (isAppend(value)) return mergeAt(undefined, value, path, problems ?? []);
  if (Array.isArray(value)) {
    return value.filter((v) => v !== undefined).map((v, i) => clean(v, [...path, i], problems));
  }
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setDefined(out, key, clean(value[key], [...path, key], problems));
    return out;
  }
  return value;
}

/** `record[key]` when it is the record's own key (never something inherited from Object.prototype). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

// defineProperty, not assignment: a key named `__proto__` must stay an own key, not replace the prototype.
export function setDefined(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined)
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isMapping(value)) return 'a mapping';
  return `a ${typeof value}`;
}
