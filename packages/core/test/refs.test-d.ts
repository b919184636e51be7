import { describe, expectTypeOf, test } from 'vitest';
import type { ComposeConfig, ComposeContext, ServiceConfig } from '../src/index.js';
import { append, defineCompose, remove } from '../src/index.js';

const targets = { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } } as const;

describe('depends_on', () => {
  test('a dev-only service named from a service present in prod', () => {
    defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
        web: { build: '.', depends_on: ['db'] },
      },
    });
  });
  test('map form', () => {
    defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
        web: { image: 'w', depends_on: { db: { condition: 'service_healthy' } } },
      },
    });
  });
  test('an undeclared service', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ service 'cache' is not declared in services
      services: { web: { image: 'w', depends_on: ['cache'] } },
    });
  });
  test('fine once prod removes the dependency', () => {
    const config = defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        web: { build: '.', depends_on: ['db'], overrides: { prod: { depends_on: remove() } } },
      },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('fine when prod replaces the list with names prod has', () => {
    const config = defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        cache: { image: 'redis' },
        web: { depends_on: ['db'], overrides: { prod: { depends_on: ['cache'] } } },
      },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('a replacement list is checked in its own target', () => {
    defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
        web: { image: 'w', overrides: { prod: { depends_on: ['db'] } } },
      },
    });
  });
  test('an appended dependency is checked in its target', () => {
    defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        cache: { image: 'redis' },
        // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
        web: { depends_on: ['cache'], overrides: { prod: { depends_on: append('db') } } },
      },
    });
  });
  test('a dev-only service may depend on another dev-only service', () => {
    const config = defineCompose({
      targets,
      services: { db: { only: ['dev'], image: 'm' }, admin: { only: ['dev'], image: 'a', depends_on: ['db'] } },
    });
    expectTypeOf(config).not.toBeNever();
  });
});

describe('other service references', () => {
  test('links', () => {
    defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'm' },
        // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
        web: { image: 'w', links: ['db:database'] },
      },
    });
  });
  test('extends.service, unless it comes from another file', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ service 'base' is not declared in services
      services: { web: { image: 'w', extends: { service: 'base' } } },
    });
    const config = defineCompose({
      targets,
      services: { web: { image: 'w', extends: { file: 'common.yml', service: 'base' } } },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('service:x in network_mode, ipc and pid', () => {
    // @ts-expect-error ❌ service 'vpn' is not declared in services
    defineCompose({ targets, services: { web: { image: 'w', network_mode: 'service:vpn' } } });
    // @ts-expect-error ❌ service 'vpn' is not declared in services
    defineCompose({ targets, services: { web: { image: 'w', ipc: 'service:vpn' } } });
    // @ts-expect-error ❌ service 'vpn' is not declared in services
    defineCompose({ targets, services: { web: { image: 'w', pid: 'service:vpn' } } });
    const config = defineCompose({
      targets,
      services: { vpn: { image: 'v' }, web: { image: 'w', network_mode: 'service:vpn', pid: 'host' } },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('volumes_from, but not container:x', () => {
    // @ts-expect-error ❌ service 'data' is not declared in services
    defineCompose({ targets, services: { web: { image: 'w', volumes_from: ['data:ro'] } } });
    const config = defineCompose({ targets, services: { web: { image: 'w', volumes_from: ['container:abc'] } } });
    expectTypeOf(config).not.toBeNever();
  });
});

describe('volumes, networks, secrets, configs', () => {
  test('a named volume in short syntax', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ volume 'dbdata' is not defined in target 'prod'
      services: { web: { image: 'w', volumes: ['dbdata:/var/lib/mysql'] } },
      volumes: { dbdata: { only: ['dev'] } },
    });
  });
  test('a named volume in long syntax', () => {
    defineCompose({
      targets,
      // @ts-expect-error ❌ volume 'data' is not declared in volumes
      services: { web: { image: 'w', volumes: [{ type: 'volume', source: 'data', target: '/d' }] } },
    });
  });
  test('bind mounts and anonymous volumes are not names', () => {
    const config = defineCompose({
      targets,
      services: {
        web: {
          image: 'w',
          volumes: ['.:/app', './x:/x', '/abs:/abs', '~/h:/h', '/anon', { type: 'bind', source: './y', target: '/y' }],
        },
      },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('networks in list and map form; default needs no declaration', () => {
    // @ts-expect-error ❌ network 'front' is not declared in networks
    defineCompose({ targets, services: { web: { image: 'w', networks: ['front'] } } });
    defineCompose({
      targets,
      // @ts-expect-error ❌ network 'front' is not defined in target 'dev'
      services: { web: { image: 'w', networks: { front: { aliases: ['a'] } } } },
      networks: { front: { only: ['prod'] } },
    });
    const config = defineCompose({
      targets,
      services: { web: { image: 'w', networks: ['default', 'back'] } },
      networks: { back: {} },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('secrets and configs, short and long', () => {
    // @ts-expect-error ❌ secret 'key' is not declared in secrets
    defineCompose({ targets, services: { web: { image: 'w', secrets: ['key'] } } });
    // @ts-expect-error ❌ secret 'key' is not declared in secrets
    defineCompose({ targets, services: { web: { image: 'w', secrets: [{ source: 'key', target: 'k' }] } } });
    defineCompose({
      targets,
      // @ts-expect-error ❌ config 'conf' is not defined in target 'prod'
      services: { web: { image: 'w', configs: ['conf'] } },
      configs: { conf: { only: ['dev'], file: './c' } },
    });
    // @ts-expect-error ❌ config 'conf' is not declared in configs
    defineCompose({ targets, services: { web: { image: 'w', configs: [{ source: 'conf' }] } } });
    const config = defineCompose({
      targets,
      services: { web: { image: 'w', secrets: ['key'], configs: [{ source: 'conf', target: '/c' }] } },
      secrets: { key: { file: './key' } },
      configs: { conf: { file: './c' } },
    });
    expectTypeOf(config).not.toBeNever();
  });
});

describe('targets named by only and overrides', () => {
  test('only names an undeclared target', () => {
    // @ts-expect-error ❌ target 'staging' is not declared in targets
    defineCompose({ targets, services: { web: { image: 'w', only: ['staging'] } } });
    // @ts-expect-error ❌ target 'staging' is not declared in targets
    defineCompose({ targets, volumes: { data: { only: ['staging'] } } });
  });
  test('overrides name an undeclared target', () => {
    // @ts-expect-error ❌ target 'qa' is not declared in targets
    defineCompose({ targets, services: { web: { image: 'w', overrides: { qa: { image: 'x' } } } } });
  });
  test('an override for a target the service is not in', () => {
    // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
    defineCompose({ targets, services: { db: { image: 'm', only: ['dev'], overrides: { prod: { image: 'x' } } } } });
  });
  test('any number of targets', () => {
    const config = defineCompose({
      targets: { dev: 'a.yml', ci: 'b.yml', staging: 'c.yml', prod: { file: 'd.yml', production: true } },
      services: { db: { only: ['dev', 'ci'], image: 'm' }, test: { only: ['ci'], image: 't', depends_on: ['db'] } },
    });
    expectTypeOf(config).not.toBeNever();
  });
});

describe('names declared through top-level raw', () => {
  test('count as defined in every target', () => {
    const config = defineCompose({
      targets,
      services: { web: { image: 'w', networks: ['edge'], volumes: ['cache:/c'] } },
      raw: { networks: { edge: { external: true } }, volumes: { cache: {} } },
    });
    expectTypeOf(config).not.toBeNever();
    // @ts-expect-error ❌ network 'other' is not declared in networks
    defineCompose({ targets, services: { web: { image: 'w', networks: ['other'] } }, raw: { networks: { edge: {} } } });
  });
});

describe('configs built by code', () => {
  test('services held in a Record<string, ServiceConfig> are accepted as they are', () => {
    const services: Record<string, ServiceConfig> = { web: { image: 'w', depends_on: ['db'] }, db: { image: 'm' } };
    const config = defineCompose({ targets, services });
    expectTypeOf(config).not.toBeNever();
  });
  test('a config typed as ComposeConfig is accepted as it is', () => {
    const plain: ComposeConfig = { targets, services: { web: { image: 'w', depends_on: ['db'] } } };
    expectTypeOf(defineCompose(plain)).not.toBeNever();
  });
});

describe('values the compiler cannot see', () => {
  test('names held in string variables and interpolated names are left to resolve', () => {
    const name: string = 'anything';
    const config = defineCompose({ targets, services: { web: { image: 'w', depends_on: [name, '${DEP}'] } } });
    expectTypeOf(config).not.toBeNever();
  });
});

describe('schema typing and our keys', () => {
  test('Compose field types come from the generated spec types', () => {
    // @ts-expect-error restart is a string
    defineCompose({ targets, services: { web: { image: 'w', restart: 3 } } });
    // @ts-expect-error ❌ 'depends_onn' is not a service field
    defineCompose({ targets, services: { web: { image: 'w', depends_onn: ['x'] } } });
    // @ts-expect-error ❌ 'comand' is not a service field
    defineCompose({ targets, services: { web: { image: 'w', overrides: { prod: { comand: ['x'] } } } } });
    // @ts-expect-error ❌ 'drivr' is not a volume field
    defineCompose({ targets, volumes: { data: { drivr: 'local' } } });
    // @ts-expect-error ❌ 'service' is not a config key
    defineCompose({ targets, service: {} });
    const config = defineCompose({
      targets,
      services: { web: { image: 'w', 'x-team': 'a', raw: { init: true } } },
      volumes: { d: { 'x-a': 1 } },
    });
    expectTypeOf(config).not.toBeNever();
  });
  test('append() only where a list is inherited, remove() anywhere', () => {
    // @ts-expect-error image is not a list
    defineCompose({ targets, services: { web: { image: 'w', overrides: { prod: { image: append('x') } } } } });
    const config = defineCompose({
      targets,
      services: { web: { image: 'w', overrides: { prod: { image: remove(), ports: append('80:80') } } } },
    });
    expectTypeOf(config).not.toBeNever();
  });
});

describe('the function form', () => {
  test('receives the target and the environment and is checked the same way', () => {
    const config = defineCompose((ctx) => {
      expectTypeOf(ctx).toEqualTypeOf<ComposeContext>();
      return { targets, services: { web: { image: `web:${ctx.env.TAG ?? 'latest'}` } } };
    });
    expectTypeOf(config).toBeCallableWith as unknown;
    defineCompose(
      // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
      () => ({ targets, services: { db: { only: ['dev'], image: 'm' }, web: { image: 'w', depends_on: ['db'] } } }),
    );
  });
});
