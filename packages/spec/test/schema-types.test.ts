import { describe, expect, it } from 'vitest';
import type { ComposeFile, DependsOnCondition, Healthcheck, Service, ServicePortConfig } from '../src/index.js';
import { validateComposeSchema } from '../src/index.js';

// Each value below type-checks (root `pnpm typecheck`) and passes the schema: types and validator agree.
const healthcheck: Healthcheck = { test: ['CMD', 'mysqladmin', 'ping'], interval: '10s', retries: 5 };
const port: ServicePortConfig = { target: 8000, published: '8000', protocol: 'tcp' };
const condition: DependsOnCondition = 'service_healthy';
const web: Service = {
  build: { context: '.', args: { DEBUG: 'false' } },
  depends_on: { db: { condition } },
  ports: ['8000:8000', port],
  'x-owner': 'web team',
};
const compose: ComposeFile = {
  name: 'myapp',
  services: { web, db: { image: 'mysql:8.0', healthcheck, volumes: ['dbdata:/var/lib/mysql'] } },
  volumes: { dbdata: null },
  'x-common': { restart: 'unless-stopped' },
};

// Misspelled keys are type errors, while `x-` extension keys stay allowed.
// @ts-expect-error `imagee` is not a service attribute
const typo: Service = { imagee: 'nginx' };
// @ts-expect-error conditions are a closed set
const badCondition: DependsOnCondition = 'service_ready';
// @ts-expect-error healthcheck durations are strings
const badInterval: Healthcheck = { interval: 10 };

describe('generated types and the precompiled validator', () => {
  it('accepts what the types accept', () => {
    expect(validateComposeSchema(compose)).toEqual({ valid: true, errors: [] });
  });

  it.each([
    ['a misspelled service key', { services: { web: typo } }, '/services/web', 'additionalProperties'],
    ['an unknown depends_on condition', { services: { web: { depends_on: { db: { condition: badCondition } } } } }, '/services/web/depends_on/db/condition', 'enum'],
    ['a numeric healthcheck interval', { services: { web: { healthcheck: badInterval } } }, '/services/web/healthcheck/interval', 'type'],
  ])('rejects what the types reject: %s', (_, data, instancePath, keyword) => {
    const result = validateComposeSchema(data);
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining({ instancePath, keyword }));
  });
});
