import { bind, defineCompose, env, healthcheck, port, postgres, redis, remove } from 'compose-gen';

/**
 * A job queue: `api` takes jobs over HTTP and pushes them to Redis, `worker` runs them and records the results
 * in PostgreSQL. The config is a function of the target, so each target's values are computed in one place.
 */
export default defineCompose(({ target }) => {
  const prod = target === 'prod';
  // Local targets use a throw-away password; production requires it from the server's environment or .env.
  const password = prod ? env.required('POSTGRES_PASSWORD', 'set POSTGRES_PASSWORD in .env') : 'postgres';
  const app = {
    build: { context: './app', target: prod ? 'prod' : 'dev' },
    environment: {
      DATABASE_URL: `postgres://app:${password}@db:5432/app`,
      REDIS_URL: 'redis://cache:6379',
    },
    depends_on: {
      db: { condition: 'service_healthy' },
      cache: { condition: 'service_healthy' },
    },
  } as const;

  return {
    targets: {
      dev: 'docker-compose.yml',
      test: 'docker-compose.test.yml',
      prod: { file: 'docker-compose.prod.yml', production: true },
    },
    services: {
      api: {
        ...app,
        healthcheck: healthcheck({
          test: 'wget -q -O /dev/null http://localhost:3000/health || exit 1',
          interval: '30s',
          timeout: '5s',
          retries: 3,
          start_period: '10s',
        }),
        overrides: {
          dev: { ports: [port(3000, 3000)], volumes: [bind('./app/src', '/usr/src/app/src')] },
          // The test target runs the test suite instead of the server: there is nothing to probe.
          test: { command: ['npm', 'test'], healthcheck: remove() },
          prod: {
            restart: 'unless-stopped',
            // Published on the loopback only: the host's TLS proxy is the way in.
            ports: [port(3000, 3000, { host_ip: '127.0.0.1' })],
          },
        },
      },
      worker: {
        only: ['dev', 'prod'],
        ...app,
        command: ['npm', 'run', 'worker'],
        overrides: {
          dev: { volumes: [bind('./app/src', '/usr/src/app/src')] },
          prod: { command: ['node', 'src/worker.js'], restart: 'unless-stopped' },
        },
      },
      db: {
        ...postgres({ version: '17-alpine', user: 'app', database: 'app', password, volume: 'pgdata' }),
        overrides: {
          dev: { ports: [port(5432, 5432)] },
          // Tests start from an empty database kept in memory.
          test: { volumes: remove(), tmpfs: ['/var/lib/postgresql/data'] },
          prod: { restart: 'unless-stopped' },
        },
      },
      cache: {
        ...redis({ version: '7-alpine' }),
        overrides: {
          prod: { ...redis({ version: '7-alpine', volume: 'redisdata' }), restart: 'unless-stopped' },
        },
      },
    },
    volumes: {
      pgdata: { only: ['dev', 'prod'] },
      redisdata: { only: ['prod'] },
    },
    // Also write .env.example: every variable the files read (here the password prod requires).
    envExample: true,
    lint: {
      allow: [{ rule: 'drift/healthcheck', service: 'api', reason: 'the test target runs npm test, not the server' }],
    },
  };
});
