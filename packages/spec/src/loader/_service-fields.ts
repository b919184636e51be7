import { isMapping } from './_diag.js';
import { formatScalar } from './_merge-rules.js';
import type { ShapeContext } from './_service-shapes.js';
import { parseDuration } from './_units.js';

type Rec = Record<string, unknown>;
type Path = (string | number)[];

/**
 * `build.ssh` as a list sorted by id: `default` for a key without a path, `id=path` otherwise. compose-go reads
 * both the list (`id=path`, or `default` alone) and the mapping form into the same id/path pairs; its JSON
 * printer cannot write a pair with a path (it emits invalid JSON), so the spec's own list syntax is printed,
 * which docker compose reads back as the same pairs.
 */
export function normalizeSsh(value: unknown, ctx: ShapeContext, path: Path): unknown {
  const pairs = new Map<string, string | undefined>();
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = String(item);
      const eq = text.indexOf('=');
      if (eq >= 0) pairs.set(text.slice(0, eq), text.slice(eq + 1));
      else if (text === 'default') pairs.set(text, undefined);
      else ctx.report('loader/build-ssh', 'error', `invalid ssh key "${text}": write "default" or "id=path"`, path);
    }
  } else if (isMapping(value)) {
    for (const [id, p] of Object.entries(value)) pairs.set(id, p === null || p === undefined ? undefined : formatScalar(p));
  } else return value;
  return [...pairs.keys()].sort().map((id) => {
    const p = pairs.get(id);
    return p === undefined ? id : `${id}=${p}`;
  });
}

/**
 * `cpu_rt_runtime` / `cpu_rt_period` in microseconds. docker compose decodes them as integers: a numeric string
 * becomes that number, but a duration (`400ms`), which the specification allows, is refused; it is converted
 * here to the microseconds it means and reported.
 */
export function normalizeRealtime(value: unknown, ctx: ShapeContext, path: Path): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^[-+]?\d+$/.test(text)) return Number(text);
  const ns = parseDuration(text);
  if (ns === undefined) return value;
  const us = Math.trunc(ns / 1e3);
  const field = String(path[path.length - 1]);
  ctx.report(
    'loader/realtime-duration',
    'warning',
    `docker compose reads ${field} as an integer of microseconds and refuses "${value}"; write ${us}`,
    path,
  );
  return us;
}

// docker compose decodes these counts as Go integers: a quoted "2" prints as 2.
function integer(value: unknown): unknown {
  return typeof value === 'string' && /^[-+]?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

/**
 * `scale` and `deploy.replicas` must agree (compose-go checkConsistency); with both present, or `scale` and a
 * `deploy` block, the replicas take the scale.
 */
export function reconcileScale(s: Rec, ctx: ShapeContext, path: Path): void {
  if (s.scale !== undefined) s.scale = integer(s.scale);
  if (isMapping(s.deploy) && s.deploy.replicas !== undefined) s.deploy = { ...s.deploy, replicas: integer(s.deploy.replicas) };
  if (s.scale === undefined || s.scale === null || !isMapping(s.deploy)) return;
  const replicas = s.deploy.replicas;
  if (replicas !== undefined && replicas !== null && Number(replicas) !== Number(s.scale)) {
    const message = `can't set distinct values on 'scale' (${String(s.scale)}) and 'deploy.replicas' (${String(replicas)})`;
    ctx.report('loader/scale', 'error', message, [...path, 'scale']);
    return;
  }
  s.deploy = { ...s.deploy, replicas: s.scale };
}

const limitPairs: [field: string, block: 'limits' | 'reservations', key: string][] = [
  ['cpus', 'limits', 'cpus'],
  ['mem_limit', 'limits', 'memory'],
  ['mem_reservation', 'reservations', 'memory'],
  ['pids_limit', 'limits', 'pids'],
];

const amount = (v: unknown): number => (v === undefined || v === null ? 0 : Number(v));

/**
 * compose-go checkConsistency on a normalised service: a service-level limit and a `deploy.resources` block
 * that says otherwise (an absent key counts as 0 once the block exists), and a fixed `container_name` on a
 * service that runs more than one container.
 */
export function checkConsistency(s: Rec, ctx: ShapeContext, path: Path): void {
  const resources = isMapping(s.deploy) && isMapping(s.deploy.resources) ? s.deploy.resources : undefined;
  for (const [field, block, key] of limitPairs) {
    const own = amount(s[field]);
    const limits = resources?.[block];
    if (own === 0 || !isMapping(limits) || amount(limits[key]) === own) continue;
    const message = `can't set distinct values on '${field}' and 'deploy.resources.${block}.${key}'`;
    ctx.report('loader/distinct-limits', 'error', message, [...path, field]);
  }
  const replicas = isMapping(s.deploy) ? s.deploy.replicas : undefined;
  const count = amount(s.scale ?? replicas ?? 1);
  if (count > 1 && typeof s.container_name === 'string' && s.container_name !== '') {
    const attr = s.scale === undefined ? 'deploy.replicas' : 'scale';
    const message = `can't set container_name and ${attr} (${count}): a container name must be unique`;
    ctx.report('loader/container-name-scale', 'error', message, [...path, 'container_name']);
  }
}
