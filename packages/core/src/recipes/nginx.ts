import type { PortValue } from '../builders/port.js';
import type { VolumeMount } from '../builders/mount.js';
import { bind } from '../builders/mount.js';
import { compact, mounted, published } from './_shared.js';

/** A `build` as Compose takes it: the context folder, or the long form. */
export type BuildValue = string | { context: string; dockerfile?: string; args?: Record<string, string> };

/** Options of {@link nginxProxy} and {@link nginxProxyConf}. */
export interface NginxProxyOptions<U extends string, V extends string> {
  /** Build the proxy from a folder whose Dockerfile copies in the config {@link nginxProxyConf} writes. */
  build?: BuildValue;
  /** Or run an image as-is (e.g. `'nginx:1.27-alpine'`) and mount the config from `conf`. */
  image?: string;
  /** With `image`: the host path of the config file, mounted read-only as the server's default.conf. */
  conf?: string;
  /** The service requests are passed to; the proxy depends on it. */
  upstream: U;
  /** The port the upstream service listens on inside the network, e.g. 8000. */
  upstreamPort: number;
  /** A named volume the upstream collects its static files into; the proxy mounts it read-only. */
  staticVolume?: V;
  /** Where that volume is mounted, in the proxy as in the upstream (default `/app/static`). */
  staticPath?: string;
  /** The URL prefix served from `staticPath` (default `/static/`). */
  staticUrl?: string;
  /** The host port to publish the proxy's port 80 on (default 80). */
  port?: PortValue;
}

/** The service fragment {@link nginxProxy} returns. */
export type NginxProxyFragment<U extends string, V extends string> = {
  build?: BuildValue;
  image?: string;
  ports: string[];
  volumes?: (VolumeMount<V> | string)[];
  depends_on: [U];
};

/**
 * An nginx reverse proxy in front of one service: publishes port 80, passes requests to
 * `http://<upstream>:<upstreamPort>` and serves the static files the upstream collected into a shared volume.
 * The matching server config is {@link nginxProxyConf}; bake it into the image (`build`) or mount it (`image` + `conf`).
 *
 * No healthcheck is set: the proxy's answer depends on the upstream, which has its own.
 *
 * @example
 * nginx: { ...nginxProxy({ build: './config/nginx', upstream: 'web', upstreamPort: 8000, staticVolume: 'static' }) }
 */
export function nginxProxy<const U extends string, const V extends string = never>(
  options: NginxProxyOptions<U, V>,
): NginxProxyFragment<U, V> {
  checkUpstreamPort(options.upstreamPort);
  if (options.build === undefined && options.image === undefined) {
    throw new TypeError('nginxProxy: give `build` (a folder with a Dockerfile) or `image`');
  }
  if (options.conf !== undefined && options.image === undefined) {
    throw new TypeError('nginxProxy: `conf` is mounted into an `image`; with `build`, copy it in the Dockerfile');
  }
  const config = options.conf === undefined ? [] : [bind(options.conf, '/etc/nginx/conf.d/default.conf', { read_only: true })];
  const statics = mounted(options.staticVolume, staticPath(options), { read_only: true }) ?? [];
  const volumes = [...statics, ...config];
  return compact({
    build: options.build,
    image: options.image,
    ports: published(options.port ?? 80, 80) ?? [],
    volumes: volumes.length === 0 ? undefined : volumes,
    depends_on: [options.upstream] as [U],
  });
}

function checkUpstreamPort(value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new RangeError(`nginxProxy: upstreamPort ${value} is not a port (1-65535)`);
  }
}

function staticPath(options: { staticPath?: string }): string {
  return (options.staticPath ?? '/app/static').replace(/\/+$/, '');
}

/**
 * The nginx server config matching {@link nginxProxy} with the same options: listens on 80, passes requests
 * on to the upstream with the client's address and host, and serves `staticUrl` from the static volume.
 */
export function nginxProxyConf<U extends string, V extends string>(options: NginxProxyOptions<U, V>): string {
  checkUpstreamPort(options.upstreamPort);
  const lines = [
    'server {',
    '    listen 80;',
    '',
    '    location / {',
    `        proxy_pass http://${options.upstream}:${options.upstreamPort};`,
    '        proxy_set_header Host $host;',
    '        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    '        proxy_set_header X-Forwarded-Proto $scheme;',
    '        proxy_redirect off;',
    '    }',
  ];
  if (options.staticVolume !== undefined) {
    const url = options.staticUrl ?? '/static/';
    lines.push('', `    location ${url} {`, `        alias ${staticPath(options)}/;`, '    }');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
