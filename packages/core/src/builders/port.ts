/** A port number, a range such as `'8000-8010'`, or an interpolation such as `'${PORT:-8000}'`. */
export type PortValue = number | `${number}` | `${number}-${number}` | `\${${string}}`;

/** Options of {@link port}. */
export interface PortOptions {
  /** `tcp` is what Compose assumes when none is given. */
  protocol?: 'tcp' | 'udp' | 'sctp';
  /** The host address to listen on, e.g. `'127.0.0.1'` to keep the port off the network; IPv6 is bracketed for you. */
  host_ip?: string;
}

const RANGE = /^(\d+)(?:-(\d+))?$/;
const REFERENCE = /^\$\{[^}]+\}$/;

function checkPort(value: PortValue, side: 'host' | 'container'): string {
  const text = String(value);
  if (REFERENCE.test(text)) return text;
  const match = RANGE.exec(text);
  const numbers = match ? [match[1], match[2]].filter((n): n is string => n !== undefined).map(Number) : [];
  const valid = numbers.length > 0 && numbers.every((n) => n >= 1 && n <= 65535);
  if (!valid || (numbers.length === 2 && numbers[0]! > numbers[1]!)) {
    throw new RangeError(`port: ${side} port "${text}" is not a port (1-65535), a range "from-to" or a \${VARIABLE}`);
  }
  return text;
}

/**
 * Publishes a container port on the host, in Compose's short syntax.
 *
 * @param host - the host port or range; `null` lets the engine pick a free one
 * @param container - the port or range the service listens on inside the container
 * @returns e.g. `'3307:3306'`, `'127.0.0.1:8080:80/tcp'`, `'[::1]:53:53/udp'`
 * @example port(3307, 3306) // '3307:3306'
 */
export function port(host: PortValue | null, container: PortValue, options: PortOptions = {}): string {
  const target = checkPort(container, 'container');
  const published = host === null ? '' : checkPort(host, 'host');
  const suffix = options.protocol === undefined ? '' : `/${options.protocol}`;
  if (options.host_ip === undefined) {
    return host === null ? `${target}${suffix}` : `${published}:${target}${suffix}`;
  }
  const ip = options.host_ip;
  if (ip === '' || /[\s/]/.test(ip)) throw new RangeError(`port: host_ip "${ip}" is not an address`);
  const address = ip.includes(':') && !ip.startsWith('[') ? `[${ip}]` : ip;
  return `${address}:${published}:${target}${suffix}`;
}
