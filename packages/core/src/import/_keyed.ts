import { isMapping, same, type Mapping } from './_split.js';

// Fields Compose accepts as a `KEY=value` list or a mapping, and reads the same either way.
const SERVICE_FIELDS = ['environment', 'labels', 'annotations', 'sysctls'];
const BUILD_FIELDS = ['args', 'labels'];

/**
 * `['A=1', 'B=']` as `{ A: '1', B: '' }`. A bare `B` (value from the environment) would need `B: null`, which
 * rendering drops as unset: such a list stays a list.
 */
function asMapping(list: readonly unknown[]): Mapping | undefined {
  const out: Mapping = {};
  for (const item of list) {
    if (typeof item !== 'string') return undefined;
    const at = item.indexOf('=');
    if (at <= 0) return undefined;
    out[item.slice(0, at)] = item.slice(at + 1);
  }
  return out;
}

function align(holders: readonly Mapping[], field: string): Mapping[] {
  const values = holders.map((h) => h[field]);
  if (values.every((v) => same(v, values[0])) || !values.some(Array.isArray)) return [...holders];
  const converted = values.map((v) => (Array.isArray(v) ? asMapping(v) : v));
  if (converted.some((v, i) => values[i] !== undefined && !isMapping(v))) return [...holders];
  return holders.map((h, i) => (field in h ? { ...h, [field]: converted[i] } : h));
}

/**
 * When targets write one of these fields differently and at least one as a list, all become mappings, so the
 * keys they share can sit in the base. Targets that agree keep the form they wrote.
 */
export function alignKeyedLists(bodies: readonly Mapping[]): Mapping[] {
  let out = [...bodies];
  for (const field of SERVICE_FIELDS) out = align(out, field);
  const builds = out.map((b) => b.build);
  if (builds.every(isMapping)) {
    let aligned = builds as Mapping[];
    for (const field of BUILD_FIELDS) aligned = align(aligned, field);
    out = out.map((b, i) => ({ ...b, build: aligned[i] }));
  }
  return out;
}

/** `{ A: '1', B: null }` as `['A=1', 'B']`: rendering drops null values, and a bare list item means the same. */
function asList(map: Mapping): string[] {
  return Object.entries(map).map(([key, value]) => (value === null ? key : `${key}=${String(value)}`));
}

function withoutNulls(holder: Mapping, fields: readonly string[]): Mapping {
  const out = { ...holder };
  for (const field of fields) {
    const value = out[field];
    if (isMapping(value) && Object.values(value).some((v) => v === null)) out[field] = asList(value);
  }
  return out;
}

/**
 * A service as written, with the nulls that mean something kept in a form that survives rendering:
 * valueless variables and labels as list items, a network joined without options as `{}`.
 */
export function keepNulls(body: Mapping): Mapping {
  const out = withoutNulls(body, SERVICE_FIELDS);
  if (isMapping(out.build)) out.build = withoutNulls(out.build, BUILD_FIELDS);
  if (isMapping(out.networks)) {
    out.networks = Object.fromEntries(Object.entries(out.networks).map(([name, value]) => [name, value === null ? {} : value]));
  }
  return out;
}
