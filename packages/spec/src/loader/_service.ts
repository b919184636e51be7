import { isMapping } from './_diag.js';
import {
  absolutePath,
  isRemoteContext,
  keyedMap,
  normalizeDevices,
  normalizeExtraHosts,
  normalizeMounts,
  normalizePorts,
  normalizeVolumes,
  toList,
} from './_service-shapes.js';
import { splitCommand } from './shellwords.js';
import { normalizeBytes, normalizeDuration } from './_units.js';
import { checkConsistency, normalizeRealtime, normalizeSsh, reconcileScale } from './_service-fields.js';
import { foldEnvFiles, foldLabelFiles, type FileContext } from './_env-files.js';

export type ServiceContext = FileContext;

type Rec = Record<string, unknown>;

function command(value: unknown, ctx: ServiceContext, path: (string | number)[]): unknown {
  if (typeof value !== 'string') return value ?? null;
  const r = splitCommand(value);
  if (r.error) ctx.report('loader/command-syntax', 'error', `cannot split "${value}": ${r.error}`, path);
  return r.argv;
}

function build(value: unknown, ctx: ServiceContext, path: (string | number)[]): unknown {
  if (typeof value !== 'string' && !isMapping(value)) return value;
  const b: Rec = typeof value === 'string' ? { context: value } : { ...value };
  const context = typeof b.context === 'string' ? b.context : '.';
  b.context = isRemoteContext(context) ? context : absolutePath(context, ctx);
  if (b.dockerfile === undefined && b.dockerfile_inline === undefined) b.dockerfile = 'Dockerfile';
  if (b.args !== undefined) b.args = keyedMap(b.args, ctx, 'drop');
  if (b.labels !== undefined) b.labels = keyedMap(b.labels, ctx, 'keep');
  if (b.extra_hosts !== undefined) b.extra_hosts = normalizeExtraHosts(b.extra_hosts);
  if (isMapping(b.additional_contexts) || Array.isArray(b.additional_contexts)) {
    const extra = keyedMap(b.additional_contexts, ctx, 'keep');
    for (const [k, v] of Object.entries(extra)) {
      if (typeof v === 'string' && !v.includes(':')) extra[k] = absolutePath(v, ctx);
    }
    b.additional_contexts = extra;
  }
  if (b.shm_size !== undefined) b.shm_size = normalizeBytes(b.shm_size);
  if (b.secrets !== undefined) b.secrets = normalizeMounts(b.secrets, 'build');
  if (b.ssh !== undefined) b.ssh = normalizeSsh(b.ssh, ctx, [...path, 'ssh']);
  return b;
}

function dependsOn(value: unknown): unknown {
  if (!Array.isArray(value) && !isMapping(value)) return value;
  const out: Rec = {};
  const entries = Array.isArray(value) ? value.map((n) => [String(n), {}] as const) : Object.entries(value);
  for (const [name, dep] of entries) {
    const d: Rec = { condition: 'service_started', required: true, ...(isMapping(dep) ? dep : {}) };
    if (d.restart !== true) delete d.restart;
    out[name] = d;
  }
  return out;
}

// Services a service needs running because of links or `service:` namespaces (restarted with it) or
// volumes_from, as compose-go adds them to depends_on (loader/normalize.go) unless already listed.
export function implicitDependencies(s: Rec): [string, boolean][] {
  const names: [string, boolean][] = [];
  if (Array.isArray(s.links)) for (const link of s.links) names.push([String(link).split(':')[0] ?? '', true]);
  for (const k of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
    const v = s[k];
    if (typeof v === 'string' && v.startsWith('service:')) names.push([v.slice('service:'.length), true]);
  }
  if (Array.isArray(s.volumes_from)) {
    for (const v of s.volumes_from) {
      if (!String(v).startsWith('container:')) names.push([String(v).split(':')[0] ?? '', false]);
    }
  }
  return names.filter(([n]) => n !== '');
}

// A watch rule whose `path` is a list stands for one rule per path.
function watchRules(rules: unknown[], ctx: ServiceContext): unknown[] {
  return rules.flatMap((w) => {
    if (!isMapping(w)) return [w];
    const paths = Array.isArray(w.path) ? w.path : [w.path];
    return paths.map((p) => ({ ...w, path: typeof p === 'string' ? absolutePath(p, ctx) : p }));
  });
}

function healthcheck(value: Rec): Rec {
  const h: Rec = { ...value };
  if (typeof h.test === 'string') h.test = ['CMD-SHELL', h.test];
  for (const k of ['interval', 'timeout', 'start_period', 'start_interval']) {
    if (h[k] !== undefined) h[k] = normalizeDuration(h[k]);
  }
  return h;
}

function deploy(value: Rec, ctx: ServiceContext): Rec {
  const d: Rec = { ...value };
  const resources: Rec = isMapping(d.resources) ? { ...d.resources } : {};
  for (const k of ['limits', 'reservations']) {
    const r = resources[k];
    if (!isMapping(r)) continue;
    const copy: Rec = { ...r };
    if (copy.memory !== undefined) copy.memory = normalizeBytes(copy.memory);
    if (typeof copy.cpus === 'string' && copy.cpus.trim() !== '' && !Number.isNaN(Number(copy.cpus))) {
      copy.cpus = Number(copy.cpus);
    }
    resources[k] = copy;
  }
  d.resources = resources;
  d.placement = isMapping(d.placement) ? d.placement : {};
  if (d.labels !== undefined) d.labels = keyedMap(d.labels, ctx, 'keep');
  if (isMapping(d.restart_policy) && d.restart_policy.delay !== undefined) {
    d.restart_policy = { ...d.restart_policy, delay: normalizeDuration(d.restart_policy.delay) };
  }
  return d;
}

const byteFields = ['mem_limit', 'mem_reservation', 'memswap_limit', 'shm_size'];

/** One service in the canonical long form `docker compose config` prints. */
export function normalizeService(input: Rec, ctx: ServiceContext, path: (string | number)[]): Rec {
  const s: Rec = {};
  for (const [k, v] of Object.entries(input)) if (!k.startsWith('x-')) s[k] = v;
  s.command = command(s.command, ctx, [...path, 'command']);
  s.entrypoint = command(s.entrypoint, ctx, [...path, 'entrypoint']);
  if (s.build !== undefined && s.build !== null) s.build = build(s.build, ctx, [...path, 'build']);
  if (s.depends_on !== undefined) s.depends_on = dependsOn(s.depends_on);
  const implicit = implicitDependencies(s);
  if (implicit.length > 0 && (s.depends_on === undefined || isMapping(s.depends_on))) {
    const deps: Rec = { ...(s.depends_on as Rec | undefined) };
    for (const [name, restart] of implicit) {
      deps[name] ??= { condition: 'service_started', required: true, ...(restart && { restart: true }) };
    }
    s.depends_on = deps;
  }
  foldEnvFiles(s, ctx, path);
  if (s.labels !== undefined) s.labels = keyedMap(s.labels, ctx, 'keep');
  foldLabelFiles(s, ctx, path);
  if (s.annotations !== undefined) s.annotations = keyedMap(s.annotations, ctx, 'keep');
  if (s.sysctls !== undefined) s.sysctls = keyedMap(s.sysctls, ctx, 'keep');
  if (s.ports !== undefined) s.ports = normalizePorts(s.ports, ctx, [...path, 'ports']);
  if (s.volumes !== undefined) s.volumes = normalizeVolumes(s.volumes, ctx, [...path, 'volumes']);
  if (s.secrets !== undefined) s.secrets = normalizeMounts(s.secrets, 'secrets');
  if (s.configs !== undefined) s.configs = normalizeMounts(s.configs, 'configs');
  if (s.devices !== undefined) s.devices = normalizeDevices(s.devices);
  if (s.extra_hosts !== undefined) s.extra_hosts = normalizeExtraHosts(s.extra_hosts);
  if (s.expose !== undefined) s.expose = toList(s.expose).map(String);
  for (const k of ['dns', 'dns_search', 'dns_opt', 'tmpfs']) if (s[k] !== undefined) s[k] = toList(s[k]);
  if (isMapping(s.healthcheck)) s.healthcheck = healthcheck(s.healthcheck);
  if (isMapping(s.deploy)) s.deploy = deploy(s.deploy, ctx);
  reconcileScale(s, ctx, path);
  for (const k of ['cpu_rt_runtime', 'cpu_rt_period']) if (s[k] !== undefined) s[k] = normalizeRealtime(s[k], ctx, [...path, k]);
  if (s.stop_grace_period !== undefined) s.stop_grace_period = normalizeDuration(s.stop_grace_period);
  for (const k of byteFields) if (s[k] !== undefined) s[k] = normalizeBytes(s[k]);
  if (s.pull_policy === 'if_not_present') s.pull_policy = 'missing';
  if (typeof s.cpus === 'string' && s.cpus.trim() !== '' && !Number.isNaN(Number(s.cpus))) s.cpus = Number(s.cpus);
  checkConsistency(s, ctx, path);
  if (isMapping(s.ulimits)) {
    const u: Rec = {};
    for (const [k, v] of Object.entries(s.ulimits)) u[k] = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
    s.ulimits = u;
  }
  if (isMapping(s.logging) && isMapping(s.logging.options)) {
    s.logging = { ...s.logging, options: keyedMap(s.logging.options, ctx, 'keep') };
  }
  if (isMapping(s.storage_opt)) s.storage_opt = keyedMap(s.storage_opt, ctx, 'keep');
  if (isMapping(s.develop) && Array.isArray(s.develop.watch)) s.develop = { ...s.develop, watch: watchRules(s.develop.watch, ctx) };
  if (Array.isArray(s.networks)) s.networks = Object.fromEntries(s.networks.map((n) => [String(n), null]));
  if (s.networks === undefined && s.network_mode === undefined) s.networks = { default: null };
  delete s.extends;
  return s;
}
