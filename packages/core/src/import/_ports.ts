import { isMapping, type Mapping } from './_split.js';

const CANONICAL = new Set(['mode', 'target', 'published', 'protocol', 'host_ip']);

/**
 * A port in the long form the loader writes after merging files (`mode: ingress`, `protocol` spelled out) as
 * the short string a person writes: `'8080:80'`, `'127.0.0.1:53:53/udp'`. Long forms written by hand (no
 * `mode`, or any other key) are kept as they are.
 */
function shortPort(port: unknown): unknown {
  if (!isMapping(port) || port.mode !== 'ingress' || typeof port.protocol !== 'string') return port;
  if (!Object.keys(port).every((key) => CANONICAL.has(key)) || typeof port.target !== 'number') return port;
  const published = port.published;
  if (published !== undefined && typeof published !== 'string' && typeof published !== 'number') return port;
  const hostIp = port.host_ip;
  if (hostIp !== undefined && (typeof hostIp !== 'string' || published === undefined)) return port;
  const host = typeof hostIp === 'string' ? `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:` : '';
  const from = published === undefined ? '' : `${published}:`;
  const protocol = port.protocol === 'tcp' ? '' : `/${port.protocol}`;
  return `${host}${from}${port.target}${protocol}`;
}

export function shortPorts(body: Mapping): Mapping {
  return Array.isArray(body.ports) ? { ...body, ports: body.ports.map(shortPort) } : body;
}
