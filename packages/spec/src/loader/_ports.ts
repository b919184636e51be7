import { isMapping } from './_diag.js';

export interface PortObject {
  mode: string;
  host_ip?: string;
  target: number;
  published?: string;
  protocol: string;
  [extra: string]: unknown;
}

function range(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return [start, end];
}

/**
 * Short port syntax `[ip:][published:]target[/protocol]` to canonical objects, like compose-go's
 * ParsePortConfig: equal ranges expand pairwise, a host range on a single target stays one entry,
 * and the entries come sorted by their `port/proto` text.
 */
export function parseShortPort(spec: string | number): PortObject[] | string {
  const text = String(spec);
  const parts = text.split(':');
  const last = parts[parts.length - 1] ?? '';
  let ip = '';
  let host = '';
  if (parts.length === 2) host = parts[0] ?? '';
  else if (parts.length >= 3) {
    ip = parts.slice(0, -2).join(':');
    host = parts[parts.length - 2] ?? '';
  }
  const slash = last.indexOf('/');
  const container = slash < 0 ? last : last.slice(0, slash);
  const protocol = slash < 0 ? 'tcp' : last.slice(slash + 1).toLowerCase() || 'tcp';
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (ip !== '' && !/^[0-9a-fA-F:.]+$/.test(ip)) return `invalid IP address: ${ip}`;
  if (container === '') return `no port specified: ${text}<empty>`;
  const c = range(container);
  if (!c) return `invalid containerPort: ${container}`;
  const h = host === '' ? undefined : range(host);
  if (host !== '' && !h) return `invalid hostPort: ${host}`;
  if (h && c[1] - c[0] !== h[1] - h[0] && c[1] !== c[0]) {
    return `invalid ranges specified for container and host Ports: ${container} and ${host}`;
  }
  const out: { key: string; port: PortObject }[] = [];
  for (let i = 0; i <= c[1] - c[0]; i++) {
    const port: PortObject = { mode: 'ingress', target: c[0] + i, protocol };
    if (ip !== '') port.host_ip = ip;
    if (h) port.published = c[0] === c[1] && h[0] !== h[1] ? `${h[0]}-${h[1]}` : String(h[0] + i);
    out.push({ key: `${port.target}/${protocol}`, port });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => e.port);
}

/** Long port syntax with its defaults; `published` always printed as a string. */
export function normalizeLongPort(port: Record<string, unknown>): PortObject {
  const out: Record<string, unknown> = { ...port };
  out.mode ??= 'ingress';
  out.protocol ??= 'tcp';
  if (typeof out.target === 'string' && /^\d+$/.test(out.target)) out.target = Number(out.target);
  if (typeof out.published === 'number') out.published = String(out.published);
  return out as PortObject;
}

/** All ports of a service in canonical form, or the first error. */
export function canonicalPorts(list: readonly unknown[]): { ports: unknown[]; errors: string[] } {
  const ports: unknown[] = [];
  const errors: string[] = [];
  for (const p of list) {
    if (isMapping(p)) ports.push(normalizeLongPort(p));
    else if (typeof p === 'string' || typeof p === 'number') {
      const parsed = parseShortPort(p);
      if (typeof parsed === 'string') errors.push(parsed);
      else ports.push(...parsed);
    } else ports.push(p);
  }
  return { ports, errors };
}

// compose-go formats `published` with %s: an int from the long syntax never equals the short syntax's string.
export function portKey(p: unknown): string {
  if (!isMapping(p)) return String(p);
  const pub = p.published;
  const published = typeof pub === 'string' ? pub : pub === undefined ? '%!s(<nil>)' : `%!s(int=${String(pub)})`;
  return `${String(p.host_ip ?? '0.0.0.0')}:${published}:${String(p.target)}/${String(p.protocol ?? 'tcp')}`;
}
