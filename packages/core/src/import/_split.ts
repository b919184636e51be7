/** A key that a target does not have (distinct from an explicit `null`). */
export const ABSENT: unique symbol = Symbol('absent');
export type Maybe = unknown;

/** An override that extends the inherited list: emitted as `append(...items)`. */
export class AppendOp {
  /** `offset`: where the items stood in the target's list (to find their comments). */
  constructor(
    readonly items: readonly unknown[],
    readonly offset: number,
  ) {}
}

/** An override that deletes the inherited key: emitted as `remove()`. */
export class RemoveOp {}
export const REMOVE = new RemoveOp();

export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof AppendOp) &&
    !(value instanceof RemoveOp)
  );
}

/** Order-insensitive identity of a plain value: two values with the same key mean the same Compose data. */
export function stableKey(value: unknown): string {
  if (value === ABSENT) return '\u0000absent';
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (isMapping(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableKey(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export function same(a: unknown, b: unknown): boolean {
  return stableKey(a) === stableKey(b);
}

function unionKeys(values: readonly Mapping[]): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const value of values)
    for (const key of Object.keys(value))
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
  return keys;
}

function isPrefix(prefix: readonly unknown[], list: readonly unknown[]): boolean {
  return prefix.length <= list.length && prefix.every((item, i) => same(item, list[i]));
}

/**
 * The value every target inherits: what all targets share, recursing into mappings so that a mapping
 * that differs in one key keeps its other keys in the base. Lists where one target's list starts every
 * other one keep that list (the others append). Otherwise a value held by a strict majority, or nothing.
 */
export function common(values: readonly Maybe[]): Maybe {
  const first = values[0];
  if (values.every((v) => same(v, first))) return first;
  if (values.every(isMapping)) {
    const mappings = values as Mapping[];
    const base: Mapping = {};
    for (const key of unionKeys(mappings)) {
      const shared = common(mappings.map((m) => (key in m ? m[key] : ABSENT)));
      if (shared !== ABSENT) base[key] = shared;
    }
    if (Object.keys(base).length > 0 || mappings.some((m) => Object.keys(m).length === 0)) return base;
    return ABSENT;
  }
  if (values.every(Array.isArray)) {
    const lists = values as unknown[][];
    const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    if (shortest.length > 0 && lists.every((list) => isPrefix(shortest, list))) return shortest;
  }
  return majority(values);
}

function majority(values: readonly Maybe[]): Maybe {
  const counts = new Map<string, { value: Maybe; count: number }>();
  for (const value of values) {
    const key = stableKey(value);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { value, count: 1 });
  }
  for (const { value, count } of counts.values()) if (count * 2 > values.length) return value;
  return ABSENT;
}

/**
 * What a target must override to turn `base` into `value`, under the config's merge rules
 * (mappings merge by key, other values replace, append() extends, remove() deletes). ABSENT: nothing.
 */
export function delta(base: Maybe, value: Maybe): Maybe {
  if (same(base, value)) return ABSENT;
  if (value === ABSENT) return REMOVE;
  if (base === ABSENT) return value;
  if (isMapping(base) && isMapping(value)) {
    const out: Mapping = {};
    for (const key of unionKeys([value, base])) {
      const change = delta(key in base ? base[key] : ABSENT, key in value ? value[key] : ABSENT);
      if (change !== ABSENT) out[key] = change;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(value) && base.length > 0 && value.length > base.length) {
    if (isPrefix(base, value)) return new AppendOp(value.slice(base.length), base.length);
  }
  return value;
}
