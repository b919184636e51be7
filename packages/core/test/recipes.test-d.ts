import type { Service } from '@compose-gen/spec';
import { describe, expectTypeOf, it } from 'vitest';
import { env, volume } from '../src/builders/index.js';
import { defineCompose } from '../src/config.js';
import { django, mysql, nginxProxy, postgres, redis } from '../src/recipes/index.js';

describe('recipe types', () => {
  it('returns fragments that are Compose services', () => {
    expectTypeOf(mysql({ version: '8.4', rootPassword: env.required('P') })).toMatchTypeOf<Service>();
    expectTypeOf(postgres({ version: '17', password: 'x', volume: 'pgdata' })).toMatchTypeOf<Service>();
    expectTypeOf(redis({ version: '7' })).toMatchTypeOf<Service>();
    expectTypeOf(nginxProxy({ build: '.', upstream: 'web', upstreamPort: 8000 })).toMatchTypeOf<Service>();
    expectTypeOf(django({ mode: 'prod', project: 'p', staticVolume: 'static' })).toMatchTypeOf<Service>();
  });

  it('keeps the volume and upstream names in the fragment type', () => {
    expectTypeOf(mysql({ version: '8', rootPassword: 'x', volume: 'dbdata' }).volumes).toEqualTypeOf<
      `dbdata:/${string}`[] | undefined
    >();
    expectTypeOf(nginxProxy({ image: 'nginx', upstream: 'api', upstreamPort: 3000 }).depends_on).toEqualTypeOf<['api']>();
  });

  it('lets the config check the names a recipe brings', () => {
    defineCompose({
      targets: { dev: 'a.yml', prod: 'b.yml' },
      services: {
        db: { only: ['dev'], ...mysql({ version: '8', rootPassword: 'x', volume: 'dbdata' }) },
        web: { image: 'web', volumes: [volume('static', '/app/static')] },
        proxy: { only: ['prod'], ...nginxProxy({ image: 'nginx', upstream: 'web', upstreamPort: 80 }) },
      },
      volumes: { dbdata: { only: ['dev'] }, static: {} },
    });

    defineCompose({
      targets: { dev: 'a.yml' },
      // @ts-expect-error the recipe mounts volume 'pgdata', which the config does not declare
      services: { db: { ...postgres({ version: '17', password: 'x', volume: 'pgdata' }) } },
    });

    defineCompose({
      targets: { dev: 'a.yml', prod: 'b.yml' },
      services: {
        web: { only: ['dev'], image: 'web' },
        // @ts-expect-error the proxy depends on 'web', which prod does not have
        proxy: { only: ['prod'], ...nginxProxy({ image: 'nginx', upstream: 'web', upstreamPort: 80 }) },
      },
    });
  });

  it('takes only the documented modes and options', () => {
    // @ts-expect-error mode is dev or prod
    django({ mode: 'staging', project: 'p' });
    // @ts-expect-error rootPassword is required
    mysql({ version: '8' });
  });
});
