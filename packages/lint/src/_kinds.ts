import { scalarText, type Json } from './_compose.js';
import { imageBaseName } from './_image.js';

/** Kinds of service that one target often runs and another does not, on purpose. */
export type ServiceKind = 'datastore' | 'proxy' | 'devTool';

const kinds: Record<ServiceKind, readonly string[]> = {
  datastore: [
    'mysql', 'mariadb', 'postgres', 'postgresql', 'postgis', 'timescaledb', 'mongo', 'mongodb', 'redis', 'valkey',
    'keydb', 'dragonfly', 'memcached', 'elasticsearch', 'opensearch', 'rabbitmq', 'kafka', 'zookeeper', 'cassandra',
    'couchdb', 'mssql', 'sqlserver', 'clickhouse', 'influxdb', 'neo4j', 'minio', 'db', 'database', 'cockroach',
  ],
  proxy: ['nginx', 'traefik', 'caddy', 'haproxy', 'envoy', 'httpd', 'apache', 'proxy', 'nginx-proxy', 'certbot', 'acme-companion'],
  devTool: [
    'mailhog', 'mailpit', 'maildev', 'smtp4dev', 'adminer', 'pgadmin', 'pgadmin4', 'phpmyadmin', 'redis-commander',
    'redisinsight', 'mongo-express', 'kafka-ui', 'selenium', 'playwright', 'cypress', 'livereload', 'dozzle',
    'tailwind', 'tailwindcss', 'storybook', 'browsersync',
  ],
};

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Names a service carries: its own name, its image's base name and its build folder, split into words. */
function names(name: string, service: Json): string[] {
  const out = [name.toLowerCase(), ...words(name)];
  if (typeof service.image === 'string') {
    const base = imageBaseName(service.image);
    out.push(base, ...words(base));
  }
  const build = typeof service.build === 'object' && service.build !== null ? (service.build as Json).context : service.build;
  const context = scalarText(build);
  if (context !== undefined) out.push(...words(context.split('/').filter(Boolean).pop() ?? ''));
  return out;
}

export function isKind(kind: ServiceKind, name: string, service: Json): boolean {
  const own = names(name, service);
  return kinds[kind].some((k) => own.some((n) => n === k || (n.startsWith(k) && /^\d+$/.test(n.slice(k.length)))));
}
