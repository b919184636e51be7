import type { SourceRange } from '../diagnostic.js';
import type { ParsedCompose } from '../document.js';
import { interpolate, type LocatedRef } from './interpolate.js';

/** One variable a set of compose files reads. */
export interface VariableUse {
  name: string;
  /** The `${NAME:-default}` / `${NAME-default}` text of the first reference that gives one. */
  default?: string;
  /** True when some reference is `${NAME:?...}` or `${NAME?...}`. */
  required: boolean;
  locations: SourceRange[];
}

/** Folds located references into one entry per variable, sorted by name. */
export function summarizeRefs(refs: readonly LocatedRef[]): VariableUse[] {
  const byName = new Map<string, VariableUse>();
  for (const r of refs) {
    let use = byName.get(r.name);
    if (!use) {
      use = { name: r.name, required: false, locations: [] };
      byName.set(r.name, use);
    }
    if ((r.operator === ':-' || r.operator === '-') && use.default === undefined) use.default = r.operand ?? '';
    if (r.operator === ':?' || r.operator === '?') use.required = true;
    if (!use.locations.some((l) => l.file === r.at.file && l.line === r.at.line && l.column === r.at.column)) {
      use.locations.push(r.at);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every variable the files reference, whether set or not. */
export function listVariables(files: readonly ParsedCompose[]): VariableUse[] {
  const none = (): undefined => undefined;
  return summarizeRefs(files.flatMap((f) => interpolate(f, none).refs));
}
