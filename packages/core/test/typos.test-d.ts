import { describe, expectTypeOf, test } from 'vitest';
import { append, defineCompose, remove } from '../src/index.js';

// A misspelt key is a compile error at any depth, with the same sentence as one level down. Each case sits on
// one line, under the sentence TypeScript must report for it.
const targets = { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } } as const;

describe('a misspelt key inside a service field', () => {
  test('healthcheck', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ 'intervall' is not a field of healthcheck
      services: { web: { image: 'w', healthcheck: { test: ['CMD', 'true'], intervall: '10s' } } },
    });
  });
  test('build', () => {
    // @ts-expect-error ❌ 'contxt' is not a field of build
    defineCompose({ targets, services: { web: { build: { contxt: '.', dockerfile: 'Dockerfile' } } } });
  });
  test('deploy.resources, two levels down', () => {
    // @ts-expect-error ❌ 'limts' is not a field of deploy.resources
    defineCompose({ targets, services: { web: { image: 'w', deploy: { resources: { limts: { cpus: '1' } } } } } });
  });
  test('deploy.resources.limits, three levels down', () => {
    // @ts-expect-error ❌ 'cpu' is not a field of deploy.resources.limits
    defineCompose({ targets, services: { web: { image: 'w', deploy: { resources: { limits: { cpu: '1' } } } } } });
  });
  test('a depends_on condition', () => {
    defineCompose({
      targets,
      services: {
        db: { image: 'mysql:8' },
        // @ts-expect-error ❌ 'conditon' is not a field of depends_on.db
        web: { image: 'w', depends_on: { db: { conditon: 'service_healthy' } } },
      },
    });
  });
  test('a long-syntax port', () => {
    // @ts-expect-error ❌ 'publised' is not a field of ports
    defineCompose({ targets, services: { web: { image: 'w', ports: ['8080:80', { target: 80, publised: '80' }] } } });
  });
  test('a long-syntax volume', () => {
    defineCompose({
      targets,
      services: {
        // @ts-expect-error ❌ 'targt' is not a field of volumes
        web: { image: 'w', volumes: [{ type: 'volume', source: 'data', targt: '/data' }] },
      },
      volumes: { data: {} },
    });
  });
  test('inside a long-syntax volume', () => {
    defineCompose({
      targets,
      services: {
        web: {
          image: 'w',
          // @ts-expect-error ❌ 'propagaton' is not a field of volumes.bind
          volumes: [{ type: 'bind', source: '.', target: '/src', bind: { propagaton: 'rshared' } }],
        },
      },
    });
  });
  test('logging', () => {
    // @ts-expect-error ❌ 'drivr' is not a field of logging
    defineCompose({ targets, services: { web: { image: 'w', logging: { drivr: 'json-file' } } } });
  });
  test('a long-syntax secret', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ 'targte' is not a field of secrets
      services: { web: { image: 'w', secrets: [{ source: 'key', targte: '/run/key' }] } },
      secrets: { key: { file: './key' } },
    });
  });
  test('a service network', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ 'alias' is not a field of networks.front
      services: { web: { image: 'w', networks: { front: { alias: ['web'] } } } },
      networks: { front: {} },
    });
  });
});

describe('a misspelt key in an override', () => {
  test('a replaced value', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ 'intervall' is not a field of healthcheck
      services: { web: { image: 'w', overrides: { prod: { healthcheck: { intervall: '1m' } } } } },
    });
  });
  test('an appended item', () => {
    defineCompose({
      targets,
      services: {
        // @ts-expect-error ❌ 'targt' is not a field of volumes
        web: { image: 'w', overrides: { prod: { volumes: append({ type: 'volume', source: 'data', targt: '/d' }) } } },
      },
      volumes: { data: {} },
    });
  });
});

describe('a misspelt key in a top-level entry', () => {
  test('a network', () => {
    // @ts-expect-error ❌ 'confg' is not a field of ipam
    defineCompose({ targets, networks: { front: { ipam: { driver: 'default', confg: [] } } } });
  });
  test('a network override', () => {
    // @ts-expect-error ❌ 'confg' is not a field of ipam
    defineCompose({ targets, networks: { front: { overrides: { prod: { ipam: { confg: [] } } } } } });
  });
  test('a volume override, one level down', () => {
    // @ts-expect-error ❌ 'drivr' is not a volume field
    defineCompose({ targets, volumes: { data: { overrides: { prod: { drivr: 'local' } } } } });
  });
  test('a volume', () => {
    // @ts-expect-error ❌ 'nme' is not a field of external
    defineCompose({ targets, volumes: { data: { external: { nme: 'shared' } } } });
  });
});

describe('what stays allowed', () => {
  test('x-* keys wherever Compose takes them, and open mappings', () => {
    const config = defineCompose({
      targets,
      services: {
        db: { image: 'mysql:8', 'x-backup': { schedule: 'daily' } },
        web: {
          image: 'w',
          healthcheck: { test: ['CMD', 'true'], interval: '10s', 'x-note': { why: 'slow start' } },
          depends_on: { db: { condition: 'service_healthy', restart: true } },
          logging: { driver: 'json-file', options: { 'max-size': '10m' } },
          deploy: { resources: { limits: { cpus: '1', memory: '1g' } }, labels: { team: 'web' } },
          ports: [{ target: 80, published: '8080', 'x-why': 'proxy' }],
          environment: { ANY_NAME: 'value' },
          overrides: { prod: { depends_on: remove(), healthcheck: { interval: '1m' } } },
        },
      },
      networks: { front: { ipam: { config: [{ subnet: '10.0.0.0/24' }] }, 'x-owner': 'ops' } },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('a bad reference next to correct nested keys still reads as the reference sentence', () => {
    defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:8' },
        // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
        web: { image: 'w', depends_on: { db: { condition: 'service_healthy' } } },
      },
    });
  });
});
