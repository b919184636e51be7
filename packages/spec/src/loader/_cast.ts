// Fields whose interpolated text is turned back into a number or boolean, as compose-go's
// interpolateTypeCastMapping does (loader/interpolate.go). `*` is any key or index.

type Cast = 'int' | 'float' | 'bool';

const table: [string, Cast][] = [
  ['services.*.configs.*.mode', 'int'],
  ['services.*.secrets.*.mode', 'int'],
  ['services.*.cpu_count', 'int'],
  ['services.*.cpu_percent', 'float'],
  ['services.*.cpu_period', 'int'],
  ['services.*.cpu_quota', 'int'],
  ['services.*.cpu_rt_period', 'int'],
  ['services.*.cpu_rt_runtime', 'int'],
  ['services.*.cpus', 'float'],
  ['services.*.cpu_shares', 'int'],
  ['services.*.init', 'bool'],
  ['services.*.deploy.replicas', 'int'],
  ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.update_config.max_failure_ratio', 'float'],
  ['services.*.deploy.rollback_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
  ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'],
  ['services.*.healthcheck.retries', 'int'],
  ['services.*.healthcheck.disable', 'bool'],
  ['services.*.oom_kill_disable', 'bool'],
  ['services.*.oom_score_adj', 'int'],
  ['services.*.pids_limit', 'int'],
  ['services.*.ports.*.target', 'int'],
  ['services.*.privileged', 'bool'],
  ['services.*.read_only', 'bool'],
  ['services.*.scale', 'int'],
  ['services.*.stdin_open', 'bool'],
  ['services.*.tty', 'bool'],
  ['services.*.ulimits.*', 'int'],
  ['services.*.ulimits.*.hard', 'int'],
  ['services.*.ulimits.*.soft', 'int'],
  ['services.*.volumes.*.read_only', 'bool'],
  ['services.*.volumes.*.volume.nocopy', 'bool'],
  ['networks.*.external', 'bool'],
  ['networks.*.internal', 'bool'],
  ['networks.*.attachable', 'bool'],
  ['networks.*.enable_ipv6', 'bool'],
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
];

const patterns = table.map(([p, cast]) => ({ parts: p.split('.'), cast }));

function castFor(path: readonly (string | number)[]): Cast | undefined {
  for (const { parts, cast } of patterns) {
    if (parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]))) return cast;
  }
  return undefined;
}

const truthy = new Set(['y', 'yes', 'true', 'on']);
const falsy = new Set(['n', 'no', 'false', 'off']);

/** The typed value for `text` at `path`, the text itself when the field is a string, or an error message. */
export function castValue(
  path: readonly (string | number)[],
  text: string,
): { value: unknown; error?: string; warning?: string } {
  const cast = castFor(path);
  if (!cast) return { value: text };
  if (cast === 'bool') {
    const t = text.toLowerCase();
    const loose = t === 'true' || t === 'false' ? undefined : `"${text}" is read as a boolean; write true or false`;
    if (truthy.has(t)) return { value: true, ...(loose && { warning: loose }) };
    if (falsy.has(t)) return { value: false, ...(loose && { warning: loose }) };
    return { value: text, error: `"${text}" is not a boolean` };
  }
  const n = Number(text);
  if (text.trim() === '' || Number.isNaN(n) || (cast === 'int' && !Number.isInteger(n))) {
    return { value: text, error: `"${text}" is not ${cast === 'int' ? 'an integer' : 'a number'}` };
  }
  return { value: n };
}
