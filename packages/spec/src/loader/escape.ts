/**
 * Doubles every `$` in keys and string values: `docker compose config` prints the model this way so that
 * its output, read back, interpolates to the same values. Apply when printing, never to a model kept in memory.
 */
export function escapeDollars<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\$/g, '$$$$') as T;
  if (Array.isArray(value)) return value.map((v) => escapeDollars(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[escapeDollars(k)] = escapeDollars(v);
    return out as T;
  }
  return value;
}
