import { services, type Json } from './_compose.js';
import type { LintTarget } from './types.js';

/** Services both targets define, in the first target's order. */
export function sharedServices(a: LintTarget, b: LintTarget): [string, Json, Json][] {
  const other = new Map(services(b.data));
  return services(a.data).flatMap(([name, sa]): [string, Json, Json][] => {
    const sb = other.get(name);
    return sb ? [[name, sa, sb]] : [];
  });
}

/** A set printed for a message: sorted, comma separated, `none` when empty. */
export function listText(values: Iterable<string>): string {
  const sorted = [...values].sort();
  return sorted.length > 0 ? sorted.join(', ') : 'none';
}

/** The services of a production target; none for any other target, so production rules stay silent there. */
export function productionServices(target: LintTarget): [string, Json][] {
  return target.production ? services(target.data) : [];
}
