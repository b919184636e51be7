import { isObject, scalarText } from './_compose.js';
import { maskVariables } from './_text.js';

/** One port mapping in canonical terms; numbers stay text so `${VAR}` survives. */
export interface PortSpec {
  host_ip?: string;
  published?: string;
  target: string;
  protocol: string;
}

function splitAt(text: string, masked: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < masked.length; i++) {
    if (masked[i] !== separator) continue;
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Parses the short `[ip:][published:]target[/protocol]` form (IPv6 hosts in brackets) or the long form. */
export function parsePort(entry: unknown): PortSpec | undefined {
  if (isObject(entry)) {
    const target = scalarText(entry.target);
    if (target === undefined) return undefined;
    const published = scalarText(entry.published);
    const host_ip = scalarText(entry.host_ip);
    return {
      target,
      protocol: scalarText(entry.protocol) ?? 'tcp',
      ...(published !== undefined ? { published } : {}),
      ...(host_ip !== undefined ? { host_ip } : {}),
    };
  }
  const text = scalarText(entry);
  if (text === undefined) return undefined;
  let rest = text;
  let protocol = 'tcp';
  const masked = maskVariables(text);
  const slash = masked.lastIndexOf('/');
  if (slash >= 0) {
    protocol = text.slice(slash + 1);
    rest = text.slice(0, slash);
  }
  let host_ip: string | undefined;
  const bracket = /^\[([^\]]+)\]:/.exec(rest);
  if (bracket) {
    host_ip = bracket[1];
    rest = rest.slice(bracket[0].length);
  }
  const parts = splitAt(rest, maskVariables(rest), ':');
  const target = parts.pop() ?? '';
  const published = parts.pop();
  if (parts.length > 0) host_ip = parts.join(':');
  return {
    target,
    protocol,
    ...(published !== undefined && published !== '' ? { published } : {}),
    ...(host_ip !== undefined ? { host_ip } : {}),
  };
}

/** Expands `8000-8002` to its numbers; undefined for a variable or anything not numeric. */
export function portRange(text: string): number[] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (to < from || to - from > 65535) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The container ports a service listens on, from `ports` and `expose`, as `8000/tcp` strings. */
export function containerPorts(service: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const add = (target: string, protocol: string): void => {
    for (const n of portRange(target) ?? [target]) out.add(`${n}/${protocol}`);
  };
  for (const entry of Array.isArray(service.ports) ? service.ports : []) {
    const port = parsePort(entry);
    if (port) add(port.target, port.protocol);
  }
  for (const entry of Array.isArray(service.expose) ? service.expose : []) {
    const text = scalarText(entry);
    if (text === undefined) continue;
    const [target = '', protocol = 'tcp'] = text.split('/');
    add(target, protocol);
  }
  return out;
}
