import { compact, DATABASE_TIMINGS, image, mapping, mounted, probe, published } from './_shared.js';
import type { ServerFragment, ServerOptions } from './types.js';

/** Options of {@link mysql}. */
export interface MySqlOptions<V extends string> extends ServerOptions<V> {
  /** `MYSQL_ROOT_PASSWORD`. Pass `env.required('MYSQL_ROOT_PASSWORD')` to keep it out of the file. */
  rootPassword: string;
  /** `MYSQL_DATABASE`: a database created on first start. */
  database?: string;
  /** `MYSQL_USER`, a user created on first start with all rights on `database`. */
  user?: string;
  /** `MYSQL_PASSWORD`, the password of `user`. */
  password?: string;
  /** `MYSQL_ROOT_HOST`: where root may connect from, e.g. `'%'` for anywhere. */
  rootHost?: string;
}

/** The service fragment {@link mysql} returns. */
export type MySqlFragment<V extends string> = ServerFragment<V>;

/**
 * A MySQL server (the official `mysql` image). Spread it into a service and add what is yours
 * (`container_name`, `restart`, `env_file`, ...).
 *
 * The healthcheck pings over TCP, which the image's first-start initialisation does not listen on, so a
 * `depends_on: { db: { condition: 'service_healthy' } }` waits until the server really accepts connections.
 *
 * @example
 * db: { ...mysql({ version: '8.4', rootPassword: env.required('MYSQL_ROOT_PASSWORD'), volume: 'dbdata' }) }
 */
export function mysql<const V extends string = never>(options: MySqlOptions<V>): MySqlFragment<V> {
  const environment = mapping({
    MYSQL_ROOT_HOST: options.rootHost,
    MYSQL_ROOT_PASSWORD: options.rootPassword,
    MYSQL_DATABASE: options.database,
    MYSQL_USER: options.user,
    MYSQL_PASSWORD: options.password,
  });
  return compact({
    image: image('mysql', 'mysql', options.version),
    environment: environment ?? {},
    ports: published(options.port, 3306),
    volumes: mounted(options.volume, '/var/lib/mysql'),
    healthcheck: probe(
      { test: ['CMD', 'mysqladmin', 'ping', '--host=127.0.0.1', '--silent'], ...DATABASE_TIMINGS },
      options.healthcheck,
    ),
  });
}
