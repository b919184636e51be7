import { compact, DATABASE_TIMINGS, image, mapping, mounted, probe, published } from './_shared.js';
import type { ServerFragment, ServerOptions } from './types.js';

/** Options of {@link postgres}. */
export interface PostgresOptions<V extends string> extends ServerOptions<V> {
  /** `POSTGRES_PASSWORD`. Pass `env.required('POSTGRES_PASSWORD')` to keep it out of the file. */
  password: string;
  /** `POSTGRES_USER` (the image's default: `postgres`). */
  user?: string;
  /** `POSTGRES_DB`, created on first start (the image's default: the user's name). */
  database?: string;
}

/** The service fragment {@link postgres} returns. */
export type PostgresFragment<V extends string> = ServerFragment<V>;

/**
 * Where the image keeps its data: images from 18 on declare /var/lib/postgresql (with a folder per major
 * version below it) and refuse a volume at the older /var/lib/postgresql/data.
 */
export function postgresDataPath(version: string): string {
  const major = Number.parseInt(version, 10);
  return Number.isNaN(major) || major >= 18 ? '/var/lib/postgresql' : '/var/lib/postgresql/data';
}

/**
 * A PostgreSQL server (the official `postgres` image), with a `pg_isready` healthcheck on the configured
 * user and database.
 *
 * @example
 * db: { ...postgres({ version: '17-alpine', password: env.required('POSTGRES_PASSWORD'), volume: 'pgdata' }) }
 */
export function postgres<const V extends string = never>(options: PostgresOptions<V>): PostgresFragment<V> {
  const user = options.user ?? 'postgres';
  const database = options.database ?? user;
  return compact({
    image: image('postgres', 'postgres', options.version),
    environment: mapping({
      POSTGRES_USER: options.user,
      POSTGRES_PASSWORD: options.password,
      POSTGRES_DB: options.database,
    }) ?? {},
    ports: published(options.port, 5432),
    volumes: mounted(options.volume, postgresDataPath(options.version)),
    healthcheck: probe(
      { test: ['CMD', 'pg_isready', '--username', user, '--dbname', database], ...DATABASE_TIMINGS },
      options.healthcheck,
    ),
  });
}
