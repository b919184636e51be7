import type { ComposeFile } from '@compose-gen/spec';
import { isMapping } from './merge.js';

type Rebase = (path: string) => string;
type Entry = Record<string, unknown>;

// Absolute (POSIX, Windows drive or UNC), home-relative or starting with a variable: the same from any folder.
const isRelative = (path: string): boolean => path !== '' && !/^([/\\~$]|[A-Za-z]:[/\\])/.test(path);
// `https://`, `docker-image://`, `service:web`, `git@host:repo`, `github.com/...`: not a folder on this machine.
const isRemote = (path: string): boolean => /^([A-Za-z][\w+.-]+:|git@|github\.com\/)/.test(path);

/**
 * `path` seen from another folder: `prefix` then `path`, `.` and `..` folded. A path written as relative
 * (`./x`, `../x`) stays visibly relative, which a bind mount needs to not be read as a volume name; a bare name
 * stays bare, a dotfile (`.env`) too.
 */
function joinPosix(prefix: string, path: string): string {
  const parts: string[] = [];
  for (const part of `${prefix}/${path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  const joined = parts.join('/') + (path.endsWith('/') && parts.length > 0 ? '/' : '');
  if (prefix.startsWith('/')) return `/${joined}`;
  if (joined === '') return '.';
  return path.startsWith('.') && !joined.startsWith('.') && !/^[A-Za-z]:/.test(prefix) ? `./${joined}` : joined;
}

const each = <T>(value: unknown, fn: (item: unknown) => T): unknown =>
  Array.isArray(value) ? value.map(fn) : value === undefined ? undefined : fn(value);

const rebaseString = (value: unknown, to: Rebase): unknown =>
  typeof value === 'string' && isRelative(value) ? to(value) : value;

// `{ path: ... }` items (env_file's long form, develop.watch) keep their other keys.
const rebaseKey = (value: unknown, key: string, to: Rebase): unknown =>
  isMapping(value) && key in value ? { ...value, [key]: rebaseString(value[key], to) } : rebaseString(value, to);

function rebaseBuild(build: unknown, to: Rebase): unknown {
  const local = (context: unknown): unknown =>
    typeof context === 'string' && !isRemote(context) ? rebaseString(context, to) : context;
  if (typeof build === 'string') return local(build);
  if (!isMapping(build)) return build;
  const out: Entry = { ...build, context: build.context === undefined ? to('.') : local(build.context) };
  const extra = build.additional_contexts;
  if (isMapping(extra)) out.additional_contexts = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, local(v)]));
  else if (Array.isArray(extra))
    out.additional_contexts = extra.map((item) => {
      if (typeof item !== 'string' || !item.includes('=')) return item;
      const at = item.indexOf('=');
      return `${item.slice(0, at + 1)}${String(local(item.slice(at + 1)))}`;
    });
  return out;
}

function rebaseMount(mount: unknown, to: Rebase): unknown {
  if (typeof mount === 'string') {
    const colon = mount.indexOf(':');
    // Only a source written as `./x`, `../x` or `.x` is a host folder; a bare name is a named volume.
    if (colon <= 0 || !mount.startsWith('.')) return mount;
    return `${to(mount.slice(0, colon))}${mount.slice(colon)}`;
  }
  if (isMapping(mount) && mount.type === 'bind') return rebaseKey(mount, 'source', to);
  return mount;
}

function rebaseService(service: Entry, to: Rebase): Entry {
  const out: Entry = { ...service };
  if (service.build !== undefined) out.build = rebaseBuild(service.build, to);
  for (const field of ['env_file', 'label_file'] as const)
    if (service[field] !== undefined) out[field] = each(service[field], (f) => rebaseKey(f, 'path', to));
  if (Array.isArray(service.volumes)) out.volumes = service.volumes.map((m) => rebaseMount(m, to));
  if (isMapping(service.extends)) out.extends = rebaseKey(service.extends, 'file', to);
  const develop = service.develop;
  if (isMapping(develop) && Array.isArray(develop.watch))
    out.develop = { ...develop, watch: develop.watch.map((w) => rebaseKey(w, 'path', to)) };
  return out;
}

function rebaseInclude(item: unknown, to: Rebase): unknown {
  if (!isMapping(item)) return rebaseString(item, to);
  const out: Entry = { ...item };
  for (const key of ['path', 'env_file', 'project_directory'] as const)
    if (item[key] !== undefined) out[key] = each(item[key], (p) => rebaseString(p, to));
  return out;
}

const mapEntries = (section: unknown, fn: (entry: Entry) => Entry): unknown =>
  isMapping(section)
    ? Object.fromEntries(Object.entries(section).map(([k, v]) => [k, isMapping(v) ? fn(v) : v]))
    : section;

/**
 * The same model with every relative host path (build contexts, env_file, label_file, bind mount sources,
 * secret and config files, extends and include files, develop.watch paths) read from another folder:
 * `prefix` is the POSIX path from that folder to the one the paths were written for (`..` for a file written
 * into `deploy/`). Absolute paths, `~`, paths starting with a variable, named volumes and remote build contexts
 * are left as they are; so is the whole model when `prefix` is empty or `.`.
 */
export function rebasePaths(compose: ComposeFile, prefix: string): ComposeFile {
  if (prefix === '' || prefix === '.') return compose;
  const to: Rebase = (path) => joinPosix(prefix, path);
  const out: Entry = { ...compose };
  if (compose.services !== undefined) out.services = mapEntries(compose.services, (s) => rebaseService(s, to));
  for (const section of ['secrets', 'configs'] as const)
    if (compose[section] !== undefined) out[section] = mapEntries(compose[section], (e) => rebaseKey(e, 'file', to) as Entry);
  if (Array.isArray(compose.include)) out.include = compose.include.map((i) => rebaseInclude(i, to));
  return out as ComposeFile;
}
