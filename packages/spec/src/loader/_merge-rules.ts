import { isMapping } from './_diag.js';
import { appendLists, matches, mergeMappings, mergeValue, type MergeState, type Path } from './_merge.js';

type Rule = (base: unknown, over: unknown, path: Path, state: MergeState) => unknown;

/** Go's `%v` for the scalars a YAML map value can hold. */
export function formatScalar(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

/** A map, list or single string as a `K=V` list (a map sorted, a null value as a bare `K`). */
export function toSequence(value: unknown, state: MergeState): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [value];
  if (!isMapping(value)) return [];
  const items = Object.entries(value).map(([k, v]) => {
    const items: { text: string; key: string }[] = [];
    if (Array.isArray(v)) for (const one of v) items.push({ text: `${k}=${formatScalar(one)}`, key: k });
    else items.push({ text: v === null || v === undefined ? k : `${k}=${formatScalar(v)}`, key: k });
    return items;
  });
  const flat = items.flat().sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const out = flat.map((e) => e.text);
  flat.forEach((e, i) => state.origins.copy(value, e.key, out, i));
  return out;
}

function toMapping(value: unknown, defaults: Record<string, unknown> | null, state: MergeState) {
  if (isMapping(value)) return value;
  const out: Record<string, unknown> = {};
  if (Array.isArray(value)) {
    value.forEach((name, i) => {
      out[String(name)] = defaults === null ? null : { ...defaults };
      state.origins.copy(value, i, out, String(name));
    });
  }
  return out;
}

const mergeToSequence: Rule = (base, over, _path, state) =>
  appendLists(toSequence(base, state), toSequence(over, state), state);

const replace: Rule = (_base, over) => (over === null ? undefined : over);

const replaceKeepNull: Rule = (_base, over) => over;

const mergeExtraHosts: Rule = (base, over, _path, state) => {
  const left = toSequence(base, state);
  const right = toSequence(over, state);
  const fresh = right.filter((item) => !left.includes(item));
  return appendLists(left, fresh, state);
};

const dependsDefaults = { condition: 'service_started', required: true };

const mergeDependsOn: Rule = (base, over, path, state) =>
  mergeMappings(toMapping(base, dependsDefaults, state), toMapping(over, dependsDefaults, state), path, state);

const mergeNetworks: Rule = (base, over, path, state) =>
  mergeMappings(toMapping(base, null, state), toMapping(over, null, state), path, state);

const toBuild = (v: unknown): Record<string, unknown> =>
  typeof v === 'string' ? { context: v } : isMapping(v) ? v : {};

const mergeBuild: Rule = (base, over, path, state) => mergeMappings(toBuild(base), toBuild(over), path, state);

// Same driver (or a side without one): merge the options; different drivers: the override's block wins.
const mergeLogging: Rule = (base, over, path, state) => {
  if (!isMapping(over)) return base;
  if (!isMapping(base)) return over;
  if (!('driver' in over) || !('driver' in base) || base.driver === over.driver) {
    return mergeMappings(base, over, path, state);
  }
  return over;
};

const keepUnlessNull: Rule = (base, over) => (over === null || over === undefined ? base : over);

// Pools pair by subnet: a known subnet merges into its pool, a new one is appended.
const mergeIpamConfig: Rule = (base, over, path, state) => {
  if (!Array.isArray(over)) return base;
  if (!Array.isArray(base)) return over;
  over.forEach((pool, i) => {
    const at = base.findIndex((b) => isMapping(b) && isMapping(pool) && b.subnet === pool.subnet);
    if (at >= 0) base[at] = mergeValue(base[at], pool, [...path, String(at)], state);
    else {
      base.push(pool);
      state.origins.copy(over, i, base, base.length - 1);
    }
  });
  return base;
};

export const keyedListPaths = [
  'services.*.annotations',
  'services.*.build.args',
  'services.*.build.additional_contexts',
  'services.*.build.labels',
  'services.*.deploy.labels',
  'services.*.environment',
  'services.*.labels',
  'services.*.sysctls',
  'services.*.volumes.*.volume.labels',
  'networks.*.labels',
  'volumes.*.labels',
];

const rules: [string, Rule][] = [
  ...keyedListPaths.map((p): [string, Rule] => [p, mergeToSequence]),
  ['services.*.dns', mergeToSequence],
  ['services.*.dns_opt', mergeToSequence],
  ['services.*.dns_search', mergeToSequence],
  ['services.*.env_file', mergeToSequence],
  ['services.*.label_file', mergeToSequence],
  ['services.*.tmpfs', mergeToSequence],
  ['services.*.command', replaceKeepNull],
  ['services.*.entrypoint', replaceKeepNull],
  ['services.*.healthcheck.test', replace],
  ['services.*.extra_hosts', mergeExtraHosts],
  ['services.*.build.extra_hosts', mergeExtraHosts],
  ['services.*.depends_on', mergeDependsOn],
  ['services.*.networks', mergeNetworks],
  ['services.*.models', mergeNetworks],
  ['services.*.build', mergeBuild],
  ['services.*.logging', mergeLogging],
  ['services.*.ulimits.*', keepUnlessNull],
  ['networks.*.ipam.config', mergeIpamConfig],
];

export function specialRule(path: Path): Rule | undefined {
  if (path[0] !== 'services' && path[0] !== 'networks' && path[0] !== 'volumes') return undefined;
  return rules.find(([pattern]) => matches(path, pattern))?.[1];
}
