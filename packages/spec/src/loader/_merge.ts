import { isMapping } from './_diag.js';
import type { Origins, Src } from './_origins.js';
import { specialRule } from './_merge-rules.js';

export type Path = readonly string[];

/** Matches a dotted pattern with `*` wildcards against a path of the same length. */
export function matches(path: Path, pattern: string): boolean {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === path[i]);
}

export interface MergeState {
  origins: Origins;
  /** Values the override cannot merge into (a list over a mapping, ...), with where the override wrote them. */
  conflicts?: { src: Src | undefined; path: readonly string[]; message: string }[];
}

const kind = (v: unknown): string => (Array.isArray(v) ? 'a list' : isMapping(v) ? 'a mapping' : `a ${typeof v}`);

/**
 * Merges `over` into `base` at `path` following compose-go's override rules (spec 13-merge).
 * Both sides are owned by the caller and may be reused or changed in place.
 */
export function mergeValue(base: unknown, over: unknown, path: Path, state: MergeState): unknown {
  const rule = specialRule(path);
  if (rule) return rule(base, over, path, state);
  if (over === null || over === undefined) return base;
  if (isMapping(base) && isMapping(over)) return mergeMappings(base, over, path, state);
  if (Array.isArray(base) && Array.isArray(over)) return appendLists(base, over, state);
  return over;
}

/** Adds missing keys and merges common ones; origins follow the side that set each value. */
export function mergeMappings(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
  path: Path,
  state: MergeState,
): Record<string, unknown> {
  for (const [key, value] of Object.entries(over)) {
    if (!(key in base)) {
      base[key] = value;
      state.origins.copy(over, key, base, key);
      continue;
    }
    const next = [...path, key];
    const old = base[key];
    const clash = (isMapping(old) && !isMapping(value)) || (Array.isArray(old) && !Array.isArray(value));
    if (clash && value !== null && value !== undefined && !specialRule(next)) {
      const message = `cannot override ${next.join('.')}: ${kind(value)} cannot replace ${kind(old)}`;
      state.conflicts?.push({ src: state.origins.get(over, key), path: next, message });
      continue;
    }
    const merged = mergeValue(old, value, next, state);
    if (merged === undefined) delete base[key];
    else base[key] = merged;
    if (value !== null && value !== undefined) state.origins.copy(over, key, base, key);
  }
  return base;
}

export function appendLists(base: unknown[], over: readonly unknown[], state: MergeState): unknown[] {
  const offset = base.length;
  over.forEach((item, i) => {
    base.push(item);
    state.origins.copy(over, i, base, offset + i);
  });
  return base;
}
