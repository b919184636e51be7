import { compact, image, mounted, probe, published } from './_shared.js';
import type { ServerFragment, ServerOptions } from './types.js';

/** Options of {@link redis}. */
export type RedisOptions<V extends string> = ServerOptions<V>;

/** The service fragment {@link redis} returns. */
export type RedisFragment<V extends string> = ServerFragment<V>;

/**
 * A Redis server (the official `redis` image) with a `redis-cli ping` healthcheck. Without a volume it is a
 * cache whose content a restart loses; with one it persists (`--appendonly yes`).
 *
 * @example
 * cache: { ...redis({ version: '7-alpine' }) }
 */
export function redis<const V extends string = never>(options: RedisOptions<V>): RedisFragment<V> {
  const persistent = options.volume !== undefined;
  return compact({
    image: image('redis', 'redis', options.version),
    command: persistent ? ['redis-server', '--appendonly', 'yes'] : undefined,
    ports: published(options.port, 6379),
    volumes: mounted(options.volume, '/data'),
    healthcheck: probe(
      { test: ['CMD', 'redis-cli', 'ping'], interval: '10s', timeout: '3s', retries: 5 },
      options.healthcheck,
    ),
  });
}
