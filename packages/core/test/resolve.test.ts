import { describe, expect, test } from 'vitest';
import type { ComposeConfig } from '../src/index.js';
import { append, listTargets, remove, resolve } from '../src/index.js';
import { django } from './fixtures/django.js';

const targets = { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } };

describe('resolve: the Django + MySQL case', () => {
  test('dev keeps the database and drops nginx', () => {
    const { compose, diagnostics } = resolve(django, 'dev');
    expect(diagnostics).toEqual([]);
    expect(Object.keys(compose.services as object)).toEqual(['db', 'web']);
    expect(Object.keys(compose.volumes as object)).toEqual(['dbdata', 'static']);
  });

  test('prod drops the database, adds nginx and applies the overrides', () => {
    const { compose, diagnostics } = resolve(django, 'prod');
    expect(diagnostics).toEqual([]);
    expect(compose).toEqual({
      services: {
        web: {
          container_name: 'web',
          build: '.',
          command: 'gunicorn app.wsgi:application --bind 0.0.0.0:8000',
          entrypoint: ['sh', 'config/docker/entrypoint.prod.sh'],
          environment: {
            DATABASE_HOST: '${DATABASE_HOST:?set the database host}',
            DATABASE_PORT: '3306',
            DJANGO_SETTINGS_MODULE: 'app.settings.prod',
          },
          env_file: ['.env'],
          expose: ['8000'],
          restart: 'always',
          volumes: ['.:/app', 'static:/app/static'],
        },
        nginx: {
          container_name: 'nginx',
          build: './config/nginx',
          ports: ['80:80'],
          volumes: ['static:/app/static'],
          depends_on: ['web'],
        },
      },
      volumes: { static: {} },
    });
  });

  test('listTargets reads names, files and the production flag', () => {
    expect(listTargets(django)).toEqual([
      { name: 'dev', file: 'docker-compose.yml', production: false },
      { name: 'prod', file: 'docker-compose.prod.yml', production: true },
    ]);
  });
});

interface Case {
  name: string;
  config: ComposeConfig;
  target: string;
  expected: { ruleId: string; message: string; path: string; service?: string; target?: string }[];
}

const js = (c: unknown): ComposeConfig => c as ComposeConfig;

const cases: Case[] = [
  {
    name: 'depends_on a dev-only service from prod',
    config: js({
      targets,
      services: { db: { only: ['dev'], image: 'mysql' }, web: { image: 'w', depends_on: ['db'] } },
    }),
    target: 'prod',
    expected: [
      {
        ruleId: 'config/undefined-service',
        message: "service 'db' is not defined in target 'prod'",
        path: '/services/web/depends_on/0',
        service: 'web',
        target: 'prod',
      },
    ],
  },
  {
    name: 'depends_on map form naming an undeclared service',
    config: js({ targets, services: { web: { image: 'w', depends_on: { cache: { condition: 'service_started' } } } } }),
    target: 'dev',
    expected: [
      {
        ruleId: 'config/undefined-service',
        message: "service 'cache' is not declared in services",
        path: '/services/web/depends_on/cache',
        service: 'web',
      },
    ],
  },
  {
    name: 'a reference added by an override is checked in that target',
    config: js({
      targets,
      services: { db: { only: ['dev'], image: 'm' }, web: { image: 'w', overrides: { prod: { depends_on: ['db'] } } } },
    }),
    target: 'prod',
    expected: [
      {
        ruleId: 'config/undefined-service',
        message: "service 'db' is not defined in target 'prod'",
        path: '/services/web/overrides/prod/depends_on/0',
        service: 'web',
        target: 'prod',
      },
    ],
  },
  {
    name: 'an appended named volume absent from the target',
    config: js({
      targets,
      services: { web: { image: 'w', volumes: ['.:/app'], overrides: { prod: { volumes: append('static:/s') } } } },
      volumes: { static: { only: ['dev'] } },
    }),
    target: 'prod',
    expected: [
      {
        ruleId: 'config/undefined-volume',
        message: "volume 'static' is not defined in target 'prod'",
        path: '/services/web/overrides/prod/volumes/0',
        service: 'web',
        target: 'prod',
      },
    ],
  },
  {
    name: 'long volume, network map, secret and config long forms',
    config: js({
      targets,
      services: {
        web: {
          image: 'w',
          volumes: [
            { type: 'volume', source: 'data', target: '/d' },
            { type: 'bind', source: './x', target: '/x' },
          ],
          networks: { front: {}, default: {} },
          secrets: [{ source: 'key' }],
          configs: ['conf'],
        },
        side: { image: 's', network_mode: 'service:vpn' },
      },
    }),
    target: 'dev',
    expected: [
      {
        ruleId: 'config/undefined-volume',
        message: "volume 'data' is not declared in volumes",
        path: '/services/web/volumes/0/source',
        service: 'web',
      },
      {
        ruleId: 'config/undefined-network',
        message: "network 'front' is not declared in networks",
        path: '/services/web/networks/front',
        service: 'web',
      },
      {
        ruleId: 'config/undefined-secret',
        message: "secret 'key' is not declared in secrets",
        path: '/services/web/secrets/0/source',
        service: 'web',
      },
      {
        ruleId: 'config/undefined-config',
        message: "config 'conf' is not declared in configs",
        path: '/services/web/configs/0',
        service: 'web',
      },
      {
        ruleId: 'config/undefined-service',
        message: "service 'vpn' is not declared in services",
        path: '/services/side/network_mode',
        service: 'side',
      },
    ],
  },
  {
    name: 'links, volumes_from and extends',
    config: js({
      targets,
      services: {
        web: {
          image: 'w',
          links: ['db:database'],
          volumes_from: ['data:ro', 'container:abc'],
          extends: { service: 'base' },
        },
      },
    }),
    target: 'dev',
    expected: [
      {
        ruleId: 'config/undefined-service',
        message: "service 'db' is not declared in services",
        path: '/services/web/links/0',
        service: 'web',
      },
      {
        ruleId: 'config/undefined-service',
        message: "service 'base' is not declared in services",
        path: '/services/web/extends/service',
        service: 'web',
      },
      {
        ruleId: 'config/undefined-service',
        message: "service 'data' is not declared in services",
        path: '/services/web/volumes_from/0',
        service: 'web',
      },
    ],
  },
  {
    name: 'interpolated names, bind mounts and extends from another file are not checked',
    config: js({
      targets,
      services: {
        web: {
          image: 'w',
          depends_on: ['${DEP}'],
          volumes: ['./data:/d', '/abs:/a', '~/h:/h'],
          extends: { file: 'base.yml', service: 'x' },
        },
      },
    }),
    target: 'dev',
    expected: [],
  },
  {
    name: 'a name declared through top-level raw counts as defined',
    config: js({
      targets,
      services: { web: { image: 'w', networks: ['edge'] } },
      raw: { networks: { edge: { external: true } } },
    }),
    target: 'prod',
    expected: [],
  },
  {
    name: 'only and overrides naming undeclared targets',
    config: js({ targets, services: { web: { image: 'w', only: ['stage'], overrides: { qa: { image: 'x' } } } } }),
    target: 'dev',
    expected: [
      {
        ruleId: 'config/unknown-target',
        message: "target 'qa' is not declared in targets",
        path: '/services/web/overrides/qa',
      },
      {
        ruleId: 'config/unknown-target',
        message: "target 'stage' is not declared in targets",
        path: '/services/web/only/0',
      },
    ],
  },
  {
    name: 'an override for a target the entry is not in',
    config: js({ targets, services: { db: { image: 'm', only: ['dev'], overrides: { prod: { image: 'x' } } } } }),
    target: 'dev',
    expected: [
      {
        ruleId: 'config/unused-override',
        message: "service 'db' is not defined in target 'prod'",
        path: '/services/db/overrides/prod',
      },
    ],
  },
  {
    name: 'append() onto a string',
    config: js({
      targets,
      services: { web: { image: 'w', command: 'run', overrides: { prod: { command: append('--x') } } } },
    }),
    target: 'prod',
    expected: [
      {
        ruleId: 'config/merge',
        message: 'append() needs an inherited list, found a string',
        path: '/services/web/overrides/prod/command',
        service: 'web',
        target: 'prod',
      },
    ],
  },
  {
    name: 'a malformed target entry',
    config: js({ targets: { ...targets, qa: { path: 'x.yml' } }, services: {} }),
    target: 'dev',
    expected: [
      {
        ruleId: 'config/invalid',
        message: "target 'qa' must be a file name or { file, production? }",
        path: '/targets/qa',
      },
    ],
  },
  {
    name: 'an undeclared target',
    config: js({ targets, services: {} }),
    target: 'staging',
    expected: [
      {
        ruleId: 'config/unknown-target',
        message: "target 'staging' is not declared in targets (declared: dev, prod)",
        path: '/targets',
      },
    ],
  },
  {
    name: 'not a config at all',
    config: js({ services: {} }),
    target: 'dev',
    expected: [
      {
        ruleId: 'config/invalid',
        message: 'a config must be an object with a `targets` mapping',
        path: '',
        target: 'dev',
      },
    ],
  },
];

describe('resolve diagnostics', () => {
  test.each(cases)('$name', ({ config, target, expected }) => {
    const { diagnostics } = resolve(config, target, { file: 'compose.config.ts' });
    const got = diagnostics.map(({ ruleId, message, path, service, target: t }) => ({
      ruleId,
      message,
      path,
      ...(service === undefined ? {} : { service }),
      ...(t === undefined ? {} : { target: t }),
    }));
    expect(got).toEqual(expected);
    for (const d of diagnostics)
      expect(d).toMatchObject({ file: 'compose.config.ts', severity: 'error', line: 1, column: 1 });
  });
});

describe('resolve: which reference problems belong to every target', () => {
  test('a name the base entry uses and nothing declares is the same finding, without a target, in each target', () => {
    const config = js({
      targets,
      services: {
        db: { only: ['dev'], image: 'm' },
        web: { image: 'w', depends_on: ['nope', 'db'], overrides: { prod: { links: ['ghost'] } } },
      },
    });
    const shown = (target: string): unknown[] =>
      resolve(config, target).diagnostics.map(({ message, path, target: t }) => ({ message, path, target: t }));
    const everywhere = { message: "service 'nope' is not declared in services", path: '/services/web/depends_on/0', target: undefined };
    expect(shown('dev')).toEqual([everywhere]);
    expect(shown('prod')).toEqual([
      everywhere,
      { message: "service 'db' is not defined in target 'prod'", path: '/services/web/depends_on/1', target: 'prod' },
      { message: "service 'ghost' is not declared in services", path: '/services/web/overrides/prod/links/0', target: 'prod' },
    ]);
  });
});

describe('resolve: schema validation of the result', () => {
  test('findings name the service, point at the config value that caused them, and name the target when an override made them', () => {
    const config = js({
      targets,
      services: {
        web: { image: 'w', restart: 'always', overrides: { prod: { restart: 3 } }, raw: { restartt: 'always' } },
      },
      raw: { volumes: { v: { driverr: 'local' } } },
    });
    const got = resolve(config, 'prod').diagnostics.map(({ ruleId, path, service, target }) => ({
      ruleId,
      path,
      service,
      target,
    }));
    expect(got).toEqual([
      { ruleId: 'schema/unknown-property', path: '/services/web/raw/restartt', service: 'web', target: undefined },
      { ruleId: 'schema/type', path: '/services/web/overrides/prod/restart', service: 'web', target: 'prod' },
      { ruleId: 'schema/unknown-property', path: '/raw/volumes/v/driverr', service: undefined, target: undefined },
    ]);
    expect(resolve(config, 'prod').diagnostics.map((d) => d.message.endsWith("(target 'prod')"))).toEqual([false, true, false]);
  });

  test('a bad value written in the base entry is the same finding, without a target, in each target', () => {
    const config = js({
      targets,
      services: {
        web: { image: 5, restart: 'always', overrides: { prod: { restart: 3 } } },
      },
    });
    const shown = (target: string): unknown[] =>
      resolve(config, target).diagnostics.map(({ ruleId, path, target: t }) => ({ ruleId, path, target: t }));
    expect(shown('dev')).toEqual([{ ruleId: 'schema/type', path: '/services/web/image', target: undefined }]);
    expect(shown('prod')).toEqual([
      { ruleId: 'schema/type', path: '/services/web/image', target: undefined },
      { ruleId: 'schema/type', path: '/services/web/overrides/prod/restart', target: 'prod' },
    ]);
    expect(resolve(config, 'dev').diagnostics[0]).toEqual(resolve(config, 'prod').diagnostics[0]);
  });

  test('a reference made through raw is caught by the model checks, once, at the raw value', () => {
    const config = js({ targets, services: { web: { image: 'w', depends_on: ['ghost'], raw: { links: ['phantom'] } } } });
    const got = resolve(config, 'dev').diagnostics.map(({ ruleId, path }) => ({ ruleId, path }));
    expect(got).toEqual([
      { ruleId: 'config/undefined-service', path: '/services/web/depends_on/0' },
      { ruleId: 'ref/undefined-service', path: '/services/web/raw/links/0' },
    ]);
  });

  test('the dev target of the same config only has the findings dev sees', () => {
    const config = js({
      targets,
      services: { web: { image: 'w', restart: 'always', overrides: { prod: { restart: 3 } } } },
    });
    expect(resolve(config, 'dev').diagnostics).toEqual([]);
  });
});

describe('resolve: null values', () => {
  test('a null environment value is dropped with a warning that points at the override that set it', () => {
    const config = js({
      targets,
      services: { web: { image: 'w', environment: { A: 'a' }, overrides: { prod: { environment: { TOKEN: null } } } } },
    });
    const { diagnostics } = resolve(config, 'prod');
    expect(diagnostics.map(({ ruleId, severity, path, message }) => ({ ruleId, severity, path, message }))).toEqual([
      {
        ruleId: 'config/null-value',
        severity: 'warning',
        path: '/services/web/overrides/prod/environment/TOKEN',
        message:
          "environment 'TOKEN' is null, which the generated file leaves out: write '${TOKEN}' to pass it through, or remove() it",
      },
    ]);
  });
});

describe('resolve: our keys and raw', () => {
  test('only, overrides and raw never reach the output; raw merges last', () => {
    const config = js({
      targets,
      services: {
        web: {
          image: 'w',
          only: ['prod'],
          raw: { 'x-note': 'a', image: 'r' },
          overrides: { prod: { image: 'p', raw: { init: true } } },
        },
      },
      raw: { 'x-top': { a: 1 } },
    });
    expect(resolve(config, 'prod').compose).toEqual({
      services: { web: { image: 'r', 'x-note': 'a', init: true } },
      'x-top': { a: 1 },
    });
  });

  test('names that are also Object.prototype keys stay ordinary names', () => {
    const config = js({
      targets: { dev: 'a.yml', constructor: 'b.yml' },
      services: {
        ['__proto__']: { image: 'p', environment: { toString: 'x' } },
        web: { image: 'w', depends_on: ['__proto__'] },
      },
    });
    const dev = resolve(config, 'dev');
    expect(dev.diagnostics).toEqual([]);
    expect(Object.keys(dev.compose.services as object)).toEqual(['__proto__', 'web']);
    expect(resolve(config, 'constructor').compose.services).toHaveProperty('web.depends_on', ['__proto__']);
  });

  test('name is emitted only when set', () => {
    expect(resolve(js({ name: 'app', targets, services: { a: { image: 'a' } } }), 'dev').compose).toEqual({
      name: 'app',
      services: { a: { image: 'a' } },
    });
  });

  test('the function form is called with the target and the environment', () => {
    const config = (ctx: { target: string | undefined; env: Record<string, string | undefined> }): ComposeConfig => ({
      targets,
      services: {
        web: { image: `web:${ctx.env.TAG ?? 'latest'}`, ...(ctx.target === 'prod' ? { restart: 'always' } : {}) },
      },
    });
    expect(resolve(config, 'prod', { env: { TAG: '1.2' } }).compose).toEqual({
      services: { web: { image: 'web:1.2', restart: 'always' } },
    });
    expect(listTargets(config).map((t) => t.name)).toEqual(['dev', 'prod']);
  });

  test('a config function that throws becomes a diagnostic, on the discovery call too', () => {
    const config = (ctx: { target: string | undefined }): ComposeConfig => {
      if (ctx.target === undefined) throw new Error('boom');
      return js({ targets, services: {} });
    };
    expect(resolve(config, 'dev').diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['config/function-threw', "the config function threw for target 'dev': boom"],
    ]);
  });

  test('remove() on a top-level entry key and a volume override', () => {
    const config = js({
      targets,
      volumes: {
        data: { driver: 'local', labels: { a: '1' }, overrides: { prod: { labels: remove(), driver: 'nfs' } } },
      },
    });
    expect(resolve(config, 'prod').compose).toEqual({ volumes: { data: { driver: 'nfs' } } });
  });
});
