// The key order of rendered files: a fixed head of the keys people look for first, then the rest sorted by
// code point (never locale-dependent), extension keys (`x-*`) last.

const top = ['name', 'services', 'networks', 'volumes', 'secrets', 'configs'];
const service = [
  'image',
  'build',
  'extends',
  'container_name',
  'hostname',
  'command',
  'entrypoint',
  'working_dir',
  'user',
  'restart',
  'depends_on',
  'links',
  'env_file',
  'environment',
  'ports',
  'expose',
  'volumes',
  'volumes_from',
  'tmpfs',
  'networks',
  'network_mode',
  'secrets',
  'configs',
  'healthcheck',
  'labels',
  'logging',
  'deploy',
  'profiles',
];
const heads: Record<string, string[]> = {
  '': top,
  'services/*': service,
  'services/*/build': ['context', 'dockerfile', 'dockerfile_inline', 'target', 'args'],
  'services/*/healthcheck': ['test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval', 'disable'],
  'services/*/volumes/*': ['type', 'source', 'target', 'read_only'],
  'services/*/ports/*': ['name', 'target', 'published', 'host_ip', 'protocol', 'app_protocol', 'mode'],
  'services/*/depends_on/*': ['condition', 'restart', 'required'],
  'services/*/secrets/*': ['source', 'target', 'uid', 'gid', 'mode'],
  'services/*/configs/*': ['source', 'target', 'uid', 'gid', 'mode'],
  'services/*/logging': ['driver', 'options'],
  'services/*/extends': ['file', 'service'],
};

/** The pattern of a path for the head table: list indices and entry names become `*`. */
export function shapeOf(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' || isName(path, i) ? '*' : p)).join('/');
}

const sections = new Set(['services', 'networks', 'volumes', 'secrets', 'configs']);
const keyedByName = new Set(['networks', 'depends_on']);

function isName(path: readonly (string | number)[], i: number): boolean {
  if (i === 1) return sections.has(String(path[0]));
  return i === 3 && path[0] === 'services' && keyedByName.has(String(path[2]));
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The keys of the mapping at `path`, in rendering order. */
export function orderKeys(keys: readonly string[], path: readonly (string | number)[]): string[] {
  const head = heads[shapeOf(path)] ?? [];
  const first = head.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !head.includes(k));
  const plain = rest.filter((k) => !k.startsWith('x-')).sort(byCodePoint);
  const ext = rest.filter((k) => k.startsWith('x-')).sort(byCodePoint);
  return [...first, ...plain, ...ext];
}
