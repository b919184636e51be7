import type { Diagnostic } from '@compose-gen/spec';
import { ABSENT, common, delta, isMapping, same, type Mapping } from './_split.js';
import { alignKeyedLists, keepNulls } from './_keyed.js';
import { isServiceKey } from './_keys.js';
import { shortPorts } from './_ports.js';
import type { ImportTarget } from './types.js';

export const RESOURCE_KINDS = ['volumes', 'networks', 'secrets', 'configs'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** One service or top-level resource: what every target shares, where it exists, what each target changes. */
export interface EntryPlan {
  name: string;
  only?: string[];
  body: Mapping;
  overrides: { target: string; patch: Mapping }[];
}

export interface ImportPlan {
  name?: string;
  services: EntryPlan[];
  resources: { kind: ResourceKind; entries: EntryPlan[] }[];
  raw?: Mapping;
  diagnostics: Diagnostic[];
}

const OWN_TOP_KEYS = new Set<string>(['name', 'services', ...RESOURCE_KINDS]);

function diagnostic(target: ImportTarget, pointer: string, ruleId: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  const parsed = Array.isArray(target.parsed) ? target.parsed[0] : target.parsed;
  const at = parsed?.locate?.(pointer, { key: true });
  return { ruleId, severity, message, file: at?.file ?? target.file, line: at?.line ?? 1, column: at?.column ?? 1, path: pointer, target: target.name };
}

function section(model: unknown, key: string): Mapping | undefined {
  if (!isMapping(model)) return undefined;
  const value = model[key];
  return isMapping(value) ? value : undefined;
}

/** Keys the config does not type for a service travel under `raw`, so nothing is dropped. */
function serviceBody(body: unknown): Mapping {
  if (!isMapping(body)) return {};
  const known: Mapping = {};
  const raw: Mapping = {};
  for (const [key, value] of Object.entries(body)) {
    if (isServiceKey(key)) known[key] = value;
    else raw[key] = value;
  }
  const kept = shortPorts(keepNulls(known));
  return Object.keys(raw).length > 0 ? { ...kept, raw } : kept;
}

function resourceBody(body: unknown): Mapping {
  return isMapping(body) ? body : {};
}

function planEntries(
  targets: readonly ImportTarget[],
  kind: string,
  prepare: (body: unknown) => Mapping,
  align: (bodies: readonly Mapping[]) => Mapping[] = (b) => [...b],
): EntryPlan[] {
  const maps = targets.map((t) => section(t.model, kind));
  const names: string[] = [];
  for (const map of maps) for (const name of Object.keys(map ?? {})) if (!names.includes(name)) names.push(name);
  return names.map((name) => {
    const found = targets.flatMap((t, i) => (maps[i] && name in maps[i] ? [{ target: t.name, body: prepare(maps[i][name]) }] : []));
    const aligned = align(found.map((p) => p.body));
    const present = found.map((p, i) => ({ target: p.target, body: aligned[i] as Mapping }));
    const shared = common(present.map((p) => p.body));
    const body = isMapping(shared) ? shared : {};
    const overrides = present.flatMap((p) => {
      const patch = delta(body, p.body);
      return isMapping(patch) ? [{ target: p.target, patch }] : [];
    });
    const only = present.length < targets.length ? present.map((p) => p.target) : undefined;
    return only ? { name, only, body, overrides } : { name, body, overrides };
  });
}

function planTopLevel(targets: readonly ImportTarget[], plan: ImportPlan): void {
  const keys: string[] = [];
  for (const t of targets) if (isMapping(t.model)) for (const key of Object.keys(t.model)) if (!keys.includes(key)) keys.push(key);
  const raw: Mapping = {};
  for (const key of keys) {
    if (key === 'services' || (RESOURCE_KINDS as readonly string[]).includes(key)) continue;
    const values = targets.map((t) => (isMapping(t.model) && key in t.model ? t.model[key] : ABSENT));
    const holder = targets[values.findIndex((v) => v !== ABSENT)] as ImportTarget;
    const pointer = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === 'version') {
      plan.diagnostics.push(diagnostic(holder, pointer, 'import/version-dropped', 'info', 'The top-level `version` is obsolete in the Compose Specification; it was left out.'));
      continue;
    }
    const uniform = values.every((v) => same(v, values[0]));
    if (key === 'name' && uniform && typeof values[0] === 'string') {
      plan.name = values[0];
      continue;
    }
    if (!uniform) {
      const where = targets.filter((_, i) => values[i] !== ABSENT).map((t) => t.name).join(', ');
      plan.diagnostics.push(diagnostic(holder, pointer, 'import/top-level-differs', 'warning',
        `The top-level \`${key}\` is not the same in every target (set in: ${where}); the config's top-level keys apply to all targets, so it was left out.`));
      continue;
    }
    if (!OWN_TOP_KEYS.has(key)) raw[key] = values[0];
  }
  if (Object.keys(raw).length > 0) plan.raw = raw;
}

/** Splits the targets' models into the shape of a compose-gen config, without writing any code yet. */
export function planImport(targets: readonly ImportTarget[]): ImportPlan {
  const plan: ImportPlan = { services: [], resources: [], diagnostics: [] };
  planTopLevel(targets, plan);
  plan.services = planEntries(targets, 'services', serviceBody, alignKeyedLists);
  for (const kind of RESOURCE_KINDS) {
    const entries = planEntries(targets, kind, resourceBody);
    if (entries.length > 0) plan.resources.push({ kind, entries });
  }
  return plan;
}
