import { describe, expectTypeOf, test } from 'vitest';
import { append, defineCompose, remove } from '../src/index.js';

const targets = { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } } as const;

describe('depends_on', () => {
  test('a dev-only service named from a service present in prod is an error', () => {
    defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        // @ts-expect-error ❌ service 'db' is not defined in target 'prod'
        web: { build: '.', depends_on: ['db'] },
      },
    });
  });
  test('the same dependency is fine once prod removes it', () => {
    const config = defineCompose({
      targets,
      services: {
        db: { only: ['dev'], image: 'mysql:5.7' },
        web: { build: '.', depends_on: ['db'], overrides: { prod: { depends_on: remove() } } },
      },
    });
    expectTypeOf(config).not.toBeNever();
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
});
