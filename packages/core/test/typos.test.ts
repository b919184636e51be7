import { describe, expect, test } from 'vitest';
import type { ComposeConfig } from '../src/index.js';
import { resolve } from '../src/index.js';

// The values typos.test-d.ts rejects at compile time, resolved anyway (a config in plain JavaScript, or one
// compiled without checking): the schema still names the key and suggests the right one.
const targets = { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } };

const cases: { name: string; web: Record<string, unknown>; path: string; typo: string; meant: string }[] = [
  {
    name: 'healthcheck',
    web: { healthcheck: { test: ['CMD', 'true'], intervall: '10s' } },
    path: '/services/web/healthcheck',
    typo: 'intervall',
    meant: 'interval',
  },
  { name: 'build', web: { build: { contxt: '.' } }, path: '/services/web/build', typo: 'contxt', meant: 'context' },
  {
    name: 'deploy.resources',
    web: { deploy: { resources: { limts: { cpus: '1' } } } },
    path: '/services/web/deploy/resources',
    typo: 'limts',
    meant: 'limits',
  },
  {
    name: 'a depends_on condition',
    web: { depends_on: { db: { conditon: 'service_healthy' } } },
    path: '/services/web/depends_on/db',
    typo: 'conditon',
    meant: 'condition',
  },
  {
    name: 'depends_on',
    web: { depends_on: { db: { condition: 'service_started', restrat: true } } },
    path: '/services/web/depends_on/db',
    typo: 'restrat',
    meant: 'restart',
  },
  {
    name: 'a long-syntax port',
    web: { ports: [{ target: 80, publised: '80' }] },
    path: '/services/web/ports/0',
    typo: 'publised',
    meant: 'published',
  },
  {
    name: 'a long-syntax volume',
    web: { volumes: [{ type: 'bind', source: '.', targt: '/src' }] },
    path: '/services/web/volumes/0',
    typo: 'targt',
    meant: 'target',
  },
  {
    name: 'logging',
    web: { logging: { drivr: 'json-file' } },
    path: '/services/web/logging',
    typo: 'drivr',
    meant: 'driver',
  },
];

describe('a misspelt nested key at resolve time', () => {
  test.each(cases)('$name', ({ web, path, typo, meant }) => {
    // The cast is the point: these values do not compile as a ComposeConfig.
    const config = { targets, services: { db: { image: 'mysql:8' }, web: { image: 'w', ...web } } } as ComposeConfig;
    const { diagnostics } = resolve(config, 'dev');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'schema/unknown-property',
        severity: 'error',
        path: `${path}/${typo}`,
        message: expect.stringContaining(`unknown property "${typo}"; did you mean "${meant}"?`),
      }),
    );
  });
});
