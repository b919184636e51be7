import type { Diagnostic } from '../diagnostic.js';
import { subjectOf } from '../_schema-messages-words.js';
import { diagnosticAt, type CheckContext } from './context.js';
import { isInterpolated, isMapping, listItems, servicePointer, services, type Mapping } from './_model.js';

/** A host port range one `ports` entry publishes. */
export interface Published {
  ip: string;
  from: number;
  to: number;
  protocol: string;
}

function range(text: string): [number, number] | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!match) return undefined;
  const from = Number(match[1]);
  return [from, match[2] === undefined ? from : Number(match[2])];
}

/**
 * What a `ports` entry publishes on the host, or undefined when it publishes nothing fixed: a bare container
 * port, an empty host port (random), or a `${VAR}` only interpolation can tell.
 * Short syntax: `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, IPv6 host addresses in brackets.
 */
export function publishedPort(entry: unknown): Published | undefined {
  if (isMapping(entry)) {
    const published = entry.published;
    if ((typeof published !== 'string' && typeof published !== 'number') || isInterpolated(published)) return undefined;
    if (isInterpolated(entry.host_ip)) return undefined;
    const ports = range(String(published));
    const ip = typeof entry.host_ip === 'string' ? entry.host_ip : '';
    const protocol = typeof entry.protocol === 'string' ? entry.protocol.toLowerCase() : 'tcp';
    return ports ? { ip, from: ports[0], to: ports[1], protocol } : undefined;
  }
  if (typeof entry !== 'string' || isInterpolated(entry)) return undefined;
  const [body = '', protocol = 'tcp'] = entry.split('/');
  let ip = '';
  let rest = body;
  if (body.startsWith('[')) {
    const close = body.indexOf(']');
    if (close < 0) return undefined;
    ip = body.slice(1, close);
    rest = body.slice(close + 2);
  }
  const parts = rest.split(':');
  if (parts.length === 3 && ip === '') ip = parts.shift() as string;
  if (parts.length !== 2) return undefined;
  const ports = range(parts[0] as string);
  return ports ? { ip, from: ports[0], to: ports[1], protocol: protocol.toLowerCase() } : undefined;
}

const wildcard = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::';

export function overlaps(a: Published, b: Published): boolean {
  if (a.protocol !== b.protocol) return false;
  if (!(wildcard(a.ip) || wildcard(b.ip) || a.ip === b.ip)) return false;
  return a.from <= b.to && b.from <= a.to;
}

function describe(port: Published): string {
  const ports = port.from === port.to ? String(port.from) : `${port.from}-${port.to}`;
  return `${wildcard(port.ip) ? '' : `${port.ip}:`}${ports}/${port.protocol}`;
}

function profilesOf(body: Mapping): string[] {
  return Array.isArray(body.profiles) ? body.profiles.filter((p): p is string => typeof p === 'string') : [];
}

/** Services in profiles that share none never run together, so they may publish the same port. */
function canRunTogether(a: Mapping, b: Mapping): boolean {
  const pa = profilesOf(a);
  const pb = profilesOf(b);
  return pa.length === 0 || pb.length === 0 || pa.some((p) => pb.includes(p));
}

/** `ports/host-conflict`: two entries publish overlapping host ports on overlapping addresses. */
export function checkPortConflicts(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const seen: { service: string; body: Mapping; index: number; raw: unknown; port: Published }[] = [];
  const out: Diagnostic[] = [];
  for (const [service, body] of services(model)) {
    for (const [index, raw] of listItems(body.ports)) {
      const port = publishedPort(raw);
      if (!port) continue;
      // An exact repeat within one service is the schema's uniqueItems finding already.
      const clash = seen.find((other) =>
        overlaps(other.port, port) && canRunTogether(other.body, body) && !(other.service === service && JSON.stringify(other.raw) === JSON.stringify(raw)),
      );
      if (clash) {
        const message = `${subjectOf(servicePointer(service, 'ports', index))} publishes host port ${describe(port)}, which ${subjectOf(servicePointer(clash.service, 'ports', clash.index))} already publishes`;
        out.push(diagnosticAt(ctx, 'ports/host-conflict', servicePointer(service, 'ports', index), message));
      }
      seen.push({ service, body, index, raw, port });
    }
  }
  return out;
}
