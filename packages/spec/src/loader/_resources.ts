import { isMapping } from './_diag.js';
import { absolutePath, keyedMap, type ShapeContext } from './_service-shapes.js';

type Rec = Record<string, unknown>;
export const resourceKinds = ['networks', 'volumes', 'secrets', 'configs'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** A top-level resource with its engine name: explicit `name`, the key when external, else `<project>_<key>`. */
export function normalizeResource(kind: ResourceKind, key: string, value: unknown, project: string, ctx: ShapeContext): Rec {
  const r: Rec = isMapping(value) ? { ...value } : {};
  if (isMapping(r.external)) {
    if (typeof r.external.name === 'string' && r.name === undefined) r.name = r.external.name;
    r.external = true;
  }
  if (r.name === undefined) r.name = r.external === true ? key : `${project}_${key}`;
  if (kind === 'networks' && !isMapping(r.ipam)) r.ipam = {};
  if (r.labels !== undefined) r.labels = keyedMap(r.labels, ctx, 'keep');
  if (isMapping(r.driver_opts)) r.driver_opts = keyedMap(r.driver_opts, ctx, 'keep');
  // A local volume with `o: bind` is a bind mount in disguise: its device is a host path.
  if (kind === 'volumes' && r.driver === 'local' && isMapping(r.driver_opts) && r.driver_opts.o === 'bind') {
    const device = r.driver_opts.device;
    if (typeof device === 'string') r.driver_opts = { ...r.driver_opts, device: absolutePath(device, ctx) };
  }
  if ((kind === 'secrets' || kind === 'configs') && typeof r.file === 'string') r.file = absolutePath(r.file, ctx);
  return r;
}

/** The top-level resources the given (normalised) services refer to. */
export function usedResources(services: Rec): Record<ResourceKind, Set<string>> {
  const used = { networks: new Set<string>(), volumes: new Set<string>(), secrets: new Set<string>(), configs: new Set<string>() };
  for (const s of Object.values(services)) {
    if (!isMapping(s)) continue;
    if (isMapping(s.networks)) for (const n of Object.keys(s.networks)) used.networks.add(n);
    if (Array.isArray(s.volumes)) {
      for (const v of s.volumes) {
        if (isMapping(v) && v.type === 'volume' && typeof v.source === 'string') used.volumes.add(v.source);
      }
    }
    for (const kind of ['secrets', 'configs'] as const) {
      const lists = [s[kind], isMapping(s.build) ? s.build[kind] : undefined];
      for (const list of lists) {
        if (!Array.isArray(list)) continue;
        for (const m of list) used[kind].add(isMapping(m) ? String(m.source) : String(m));
      }
    }
  }
  return used;
}
