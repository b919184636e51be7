import type { Diagnostic } from '../diagnostic.js';
import { isMapping } from './_diag.js';
import { canonicalPorts } from './_ports.js';
import { parseShortVolume } from './_volumes.js';
import { clean, join, resolvePath } from './_path.js';
import { formatScalar } from './_merge-rules.js';

/** What the service normalisers need to know about the project. */
export interface ShapeContext {
  projectDirectory: string;
  lookup: (name: string) => string | undefined;
  report: (ruleId: string, severity: Diagnostic['severity'], message: string, path: (string | number)[]) => void;
}

/** `~` and relative paths made absolute against the project directory (compose-go paths.ResolveRelativePaths). */
export function absolutePath(p: string, ctx: ShapeContext): string {
  if (p === '~' || p.startsWith('~/')) {
    const home = ctx.lookup('HOME');
    if (home !== undefined) return join(home, p.slice(1));
    return p;
  }
  if (/^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\')) return p;
  return resolvePath(ctx.projectDirectory, p);
}

export function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || context.startsWith('github.com/');
}

/** A map, `K=V` list or `K` list as a map of strings; bare keys take the env value or become null/dropped. */
export function keyedMap(value: unknown, ctx: ShapeContext, bare: 'null' | 'drop' | 'keep'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const set = (k: string, v: unknown) => {
    if (v !== null && v !== undefined) out[k] = formatScalar(v);
    else if (bare === 'keep') out[k] = null;
    else {
      const fromEnv = ctx.lookup(k);
      if (fromEnv !== undefined) out[k] = fromEnv;
      else if (bare === 'null') out[k] = null;
    }
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = String(item);
      const eq = text.indexOf('=');
      if (eq < 0) set(text, null);
      else set(text.slice(0, eq), text.slice(eq + 1));
    }
  } else if (isMapping(value)) for (const [k, v] of Object.entries(value)) set(k, v);
  return out;
}

export function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

export function normalizePorts(value: unknown, ctx: ShapeContext, path: (string | number)[]): unknown[] {
  const { ports, errors } = canonicalPorts(toList(value));
  for (const e of errors) ctx.report('loader/port', 'error', e, path);
  return ports;
}

export function normalizeVolumes(value: unknown, ctx: ShapeContext, path: (string | number)[]): unknown[] {
  return toList(value).map((item, i) => {
    let mount: Record<string, unknown>;
    if (typeof item === 'string') {
      const parsed = parseShortVolume(item);
      if (typeof parsed === 'string') {
        ctx.report('loader/volume', 'error', parsed, [...path, i]);
        return item;
      }
      mount = parsed;
    } else if (isMapping(item)) mount = { ...item };
    else return item;
    if (typeof mount.target === 'string' && !/^[a-zA-Z]:/.test(mount.target)) mount.target = clean(mount.target);
    if (mount.type === 'bind' && typeof mount.source === 'string') mount.source = absolutePath(mount.source, ctx);
    return mount;
  });
}

function fileMode(mode: unknown): unknown {
  if (typeof mode === 'number') return `0${mode.toString(8)}`;
  if (typeof mode === 'string' && /^0?[0-7]+$/.test(mode)) return `0${parseInt(mode, 8).toString(8)}`;
  return mode;
}

/** Service secrets get a default target; configs and build secrets do not. */
export function normalizeMounts(value: unknown, kind: 'secrets' | 'configs' | 'build'): unknown[] {
  return toList(value).map((item) => {
    const mount: Record<string, unknown> = isMapping(item) ? { ...item } : { source: String(item) };
    if (kind === 'secrets' && mount.target === undefined) mount.target = `/run/secrets/${String(mount.source)}`;
    if (mount.mode !== undefined) mount.mode = fileMode(mount.mode);
    return mount;
  });
}

export function normalizeDevices(value: unknown): unknown[] {
  return toList(value).map((item) => {
    if (isMapping(item)) return { permissions: 'rwm', ...item };
    const [source = '', target, permissions] = String(item).split(':');
    return { source, target: target || source, permissions: permissions || 'rwm' };
  });
}

export function normalizeExtraHosts(value: unknown): string[] {
  const out: string[] = [];
  if (isMapping(value)) {
    for (const [host, ip] of Object.entries(value)) {
      for (const one of toList(ip)) out.push(`${host}=${formatScalar(one)}`);
    }
  } else {
    for (const item of toList(value)) {
      const text = String(item);
      const eq = text.indexOf('=');
      const colon = text.indexOf(':');
      out.push(eq >= 0 || colon < 0 ? text : `${text.slice(0, colon)}=${text.slice(colon + 1)}`);
    }
  }
  return out.sort();
}
