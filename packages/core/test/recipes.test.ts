import { validateModel } from '@compose-gen/spec';
import { describe, expect, it } from 'vitest';
import { env } from '../src/builders/index.js';
import { django, mysql, nginxProxy, nginxProxyConf, postgres, postgresDataPath, redis } from '../src/recipes/index.js';

const dbTimings = { interval: '10s', timeout: '5s', retries: 5, start_period: '30s' };

const mysqlCases: [string, Parameters<typeof mysql>[0], ReturnType<typeof mysql>][] = [
  [
    'password from the environment, data in a volume',
    { version: '8.4', rootPassword: env.required('MYSQL_ROOT_PASSWORD'), volume: 'dbdata' },
    {
      image: 'mysql:8.4',
      environment: { MYSQL_ROOT_PASSWORD: '${MYSQL_ROOT_PASSWORD:?MYSQL_ROOT_PASSWORD is required}' },
      volumes: ['dbdata:/var/lib/mysql'],
      healthcheck: { test: ['CMD', 'mysqladmin', 'ping', '--host=127.0.0.1', '--silent'], ...dbTimings },
    },
  ],
  [
    'every option, healthcheck left out',
    {
      version: '5.7',
      rootPassword: 'mysql',
      rootHost: '%',
      database: 'app',
      user: 'app',
      password: env.ref('APP_DB_PASSWORD'),
      port: 3307,
      healthcheck: false,
    },
    {
      image: 'mysql:5.7',
      environment: {
        MYSQL_ROOT_HOST: '%',
        MYSQL_ROOT_PASSWORD: 'mysql',
        MYSQL_DATABASE: 'app',
        MYSQL_USER: 'app',
        MYSQL_PASSWORD: '${APP_DB_PASSWORD}',
      },
      ports: ['3307:3306'],
    },
  ],
  [
    'healthcheck timings replaced one by one',
    { version: '8.0', rootPassword: 'x', healthcheck: { interval: '2s', retries: 30 } },
    {
      image: 'mysql:8.0',
      environment: { MYSQL_ROOT_PASSWORD: 'x' },
      healthcheck: {
        test: ['CMD', 'mysqladmin', 'ping', '--host=127.0.0.1', '--silent'],
        ...dbTimings,
        interval: '2s',
        retries: 30,
      },
    },
  ],
];

describe('mysql', () => {
  it.each(mysqlCases)('%s', (_, options, expected) => {
    expect(mysql(options)).toEqual(expected);
  });

  it.each([
    [{ version: '8.4 ', rootPassword: 'x' }, /version "8.4 " is not an image tag/],
    [{ version: '', rootPassword: 'x' }, /version "" is not an image tag/],
    [{ version: '8', rootPassword: 'x', port: 0 }, /host port "0"/],
    [{ version: '8', rootPassword: 'x', volume: './data' }, /not a volume name/],
    [{ version: '8', rootPassword: 'x', healthcheck: { timeout: 'long' as never } }, /timeout "long"/],
  ])('rejects %j', (options, message) => {
    expect(() => mysql(options)).toThrow(message);
  });
});

const postgresCases: [string, Parameters<typeof postgres>[0], ReturnType<typeof postgres>][] = [
  [
    'defaults: user postgres',
    { version: '17-alpine', password: env.required('POSTGRES_PASSWORD') },
    {
      image: 'postgres:17-alpine',
      environment: { POSTGRES_PASSWORD: '${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}' },
      healthcheck: { test: ['CMD', 'pg_isready', '--username', 'postgres', '--dbname', 'postgres'], ...dbTimings },
    },
  ],
  [
    'user, database, volume, port',
    { version: '16', password: 'dev', user: 'app', database: 'shop', volume: 'pgdata', port: '${PG_PORT:-5432}' },
    {
      image: 'postgres:16',
      environment: { POSTGRES_USER: 'app', POSTGRES_PASSWORD: 'dev', POSTGRES_DB: 'shop' },
      ports: ['${PG_PORT:-5432}:5432'],
      volumes: ['pgdata:/var/lib/postgresql/data'],
      healthcheck: { test: ['CMD', 'pg_isready', '--username', 'app', '--dbname', 'shop'], ...dbTimings },
    },
  ],
  [
    'version 18 keeps its data one level up',
    { version: '18.1', password: 'dev', volume: 'pgdata', healthcheck: false },
    { image: 'postgres:18.1', environment: { POSTGRES_PASSWORD: 'dev' }, volumes: ['pgdata:/var/lib/postgresql'] },
  ],
];

describe('postgres', () => {
  it.each(postgresCases)('%s', (_, options, expected) => {
    expect(postgres(options)).toEqual(expected);
  });

  it.each([
    ['9.6', '/var/lib/postgresql/data'],
    ['17-alpine', '/var/lib/postgresql/data'],
    ['17.6-bookworm', '/var/lib/postgresql/data'],
    ['18', '/var/lib/postgresql'],
    ['18-alpine', '/var/lib/postgresql'],
    ['latest', '/var/lib/postgresql'],
  ])('data path of %s is %s', (version, path) => {
    expect(postgresDataPath(version)).toBe(path);
  });
});

const redisCases: [string, Parameters<typeof redis>[0], ReturnType<typeof redis>][] = [
  [
    'a cache',
    { version: '7-alpine' },
    {
      image: 'redis:7-alpine',
      healthcheck: { test: ['CMD', 'redis-cli', 'ping'], interval: '10s', timeout: '3s', retries: 5 },
    },
  ],
  [
    'persistent and published, healthcheck left out',
    { version: '7.4', volume: 'redisdata', port: 6380, healthcheck: false },
    {
      image: 'redis:7.4',
      command: ['redis-server', '--appendonly', 'yes'],
      ports: ['6380:6379'],
      volumes: ['redisdata:/data'],
    },
  ],
];

describe('redis', () => {
  it.each(redisCases)('%s', (_, options, expected) => {
    expect(redis(options)).toEqual(expected);
  });

  it('rejects a host port that is an address', () => {
    expect(() => redis({ version: '7', port: '127.0.0.1:6379' as never })).toThrow(/host port "127.0.0.1:6379"/);
  });
});

const nginxCases: [string, Parameters<typeof nginxProxy>[0], ReturnType<typeof nginxProxy>][] = [
  [
    'built from a folder, static volume shared with the upstream',
    { build: './config/nginx', upstream: 'web', upstreamPort: 8000, staticVolume: 'static', staticPath: '/app/static' },
    { build: './config/nginx', ports: ['80:80'], volumes: ['static:/app/static:ro'], depends_on: ['web'] },
  ],
  [
    'an image with its config mounted, another host port',
    { image: 'nginx:1.27-alpine', conf: './nginx.conf', upstream: 'api', upstreamPort: 3000, port: 8080 },
    {
      image: 'nginx:1.27-alpine',
      ports: ['8080:80'],
      volumes: ['./nginx.conf:/etc/nginx/conf.d/default.conf:ro'],
      depends_on: ['api'],
    },
  ],
  [
    'static path with a trailing slash',
    { build: { context: 'proxy' }, upstream: 'app', upstreamPort: 80, staticVolume: 'assets', staticPath: '/srv/assets/' },
    { build: { context: 'proxy' }, ports: ['80:80'], volumes: ['assets:/srv/assets:ro'], depends_on: ['app'] },
  ],
];

describe('nginxProxy', () => {
  it.each(nginxCases)('%s', (_, options, expected) => {
    expect(nginxProxy(options)).toEqual(expected);
  });

  it.each([
    [{ upstream: 'web', upstreamPort: 8000 }, /give `build`/],
    [{ build: '.', conf: 'nginx.conf', upstream: 'web', upstreamPort: 8000 }, /`conf` is mounted into an `image`/],
    [{ build: '.', upstream: 'web', upstreamPort: 0 }, /upstreamPort 0 is not a port/],
  ])('rejects %j', (options, message) => {
    expect(() => nginxProxy(options)).toThrow(message);
  });

  it('writes the server config that matches the fragment', () => {
    expect(nginxProxyConf({ build: '.', upstream: 'web', upstreamPort: 8000, staticVolume: 'static' })).toBe(
      [
        'server {',
        '    listen 80;',
        '',
        '    location / {',
        '        proxy_pass http://web:8000;',
        '        proxy_set_header Host $host;',
        '        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
        '        proxy_set_header X-Forwarded-Proto $scheme;',
        '        proxy_redirect off;',
        '    }',
        '',
        '    location /static/ {',
        '        alias /app/static/;',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves the static location out without a static volume, and honours staticUrl', () => {
    const plain = nginxProxyConf({ image: 'nginx', upstream: 'api', upstreamPort: 3000 });
    expect(plain).toContain('proxy_pass http://api:3000;');
    expect(plain).not.toContain('alias');
    const assets = nginxProxyConf({
      image: 'nginx',
      upstream: 'api',
      upstreamPort: 3000,
      staticVolume: 'assets',
      staticPath: '/srv/assets',
      staticUrl: '/assets/',
    });
    expect(assets).toContain('    location /assets/ {\n        alias /srv/assets/;\n    }\n');
  });
});

const djangoCases: [string, Parameters<typeof django>[0], ReturnType<typeof django>][] = [
  [
    'dev: migrate and runserver, source mounted, port published',
    { mode: 'dev', project: 'mysite' },
    {
      build: '.',
      command: 'sh -c "python manage.py migrate && python manage.py runserver 0.0.0.0:8000"',
      ports: ['8000:8000'],
      volumes: ['.:/app'],
    },
  ],
  [
    'dev: other port, host port, workdir and source',
    { mode: 'dev', project: 'mysite', port: 9000, hostPort: 8080, workdir: '/code/', source: 'backend', build: 'backend' },
    {
      build: 'backend',
      command: 'sh -c "python manage.py migrate && python manage.py runserver 0.0.0.0:9000"',
      ports: ['8080:9000'],
      volumes: ['./backend:/code'],
    },
  ],
  [
    'prod: gunicorn behind the entrypoint, static volume at STATIC_ROOT',
    { mode: 'prod', project: 'django-rest-framework-14th', staticVolume: 'static' },
    {
      build: '.',
      command: 'gunicorn django-rest-framework-14th.wsgi:application --bind 0.0.0.0:8000',
      entrypoint: ['sh', 'config/docker/entrypoint.prod.sh'],
      expose: [8000],
      volumes: ['static:/app/static'],
    },
  ],
  [
    'prod: own entrypoint and static path, no volume',
    { mode: 'prod', project: 'shop', port: 8001, entrypoint: 'docker/start.sh', staticPath: '/srv/static' },
    {
      build: '.',
      command: 'gunicorn shop.wsgi:application --bind 0.0.0.0:8001',
      entrypoint: ['sh', 'docker/start.sh'],
      expose: [8001],
    },
  ],
];

describe('django', () => {
  it.each(djangoCases)('%s', (_, options, expected) => {
    expect(django(options)).toEqual(expected);
  });

  it.each([
    [{ mode: 'dev' as const, project: 'my site' }, /project "my site" is not a package name/],
    [{ mode: 'prod' as const, project: 'x', port: 70000 }, /port 70000 is not a port/],
  ])('rejects %j', (options, message) => {
    expect(() => django(options)).toThrow(message);
  });
});

describe('every fragment above', () => {
  const fragments = [...mysqlCases, ...postgresCases, ...redisCases, ...nginxCases, ...djangoCases].map(
    ([name, , fragment]) => [name, fragment] as const,
  );
  // What the fragments name: the upstreams the proxies depend on and the volumes the recipes mount.
  const context = {
    services: { web: { image: 'web' }, api: { image: 'api' }, app: { image: 'app' } },
    volumes: { dbdata: {}, pgdata: {}, redisdata: {}, static: {}, assets: {} },
  };

  it.each(fragments)('passes the schema, reference and semantic checks: %s', (_, fragment) => {
    const model = { services: { ...context.services, s: fragment }, volumes: context.volumes };
    expect(validateModel(model, { file: 'compose.yaml' })).toEqual([]);
  });

  it('would be caught by those checks if it were not', () => {
    const broken = { services: { s: { ...redis({ version: '7' }), healthcheck: { test: ['CMD', 'true'], retries: [] } } } };
    expect(validateModel(broken, { file: 'compose.yaml' }).map((d) => d.path)).toContain('/services/s/healthcheck/retries');
    const [, , proxy] = nginxCases[0]!;
    const alone = validateModel({ services: { s: proxy } }, { file: 'compose.yaml' });
    expect(alone.map((d) => d.path).sort()).toEqual(['/services/s/depends_on/0', '/services/s/volumes/0']);
  });
});
