import type { Service } from '@compose-gen/spec';
import { describe, expectTypeOf, it } from 'vitest';
import { defineCompose } from '../src/config.js';
import { bind, env, healthcheck, port, volume } from '../src/builders/index.js';
import type { VolumeMount } from '../src/builders/index.js';

describe('builder types', () => {
  it('keeps the variable name in the reference type', () => {
    expectTypeOf(env.ref('PORT')).toEqualTypeOf<'${PORT}'>();
    expectTypeOf(env.ref('PORT', 8000)).toEqualTypeOf<'${PORT:-8000}'>();
    expectTypeOf(env.required('KEY')).toMatchTypeOf<`\${KEY:?${string}}`>();
  });

  it('types a volume mount by its volume name', () => {
    expectTypeOf(volume('dbdata', '/var/lib/mysql')).toEqualTypeOf<VolumeMount<'dbdata'>>();
    expectTypeOf(volume('dbdata', '/x')).toMatchTypeOf<`dbdata:${string}`>();
  });

  it('accepts durations and rejects other strings', () => {
    healthcheck({ test: 'true', interval: '10s', timeout: '1m30s', start_period: '500ms' });
    // @ts-expect-error a duration needs a unit
    healthcheck({ test: 'true', interval: '10' });
    // @ts-expect-error not a duration
    healthcheck({ test: 'true', timeout: 'soon' });
  });

  it('accepts ports, ranges and references only', () => {
    port(8000, 8000);
    port('8000-8010', '8000-8010');
    port(env.ref('WEB_PORT', 8000), 8000);
    // @ts-expect-error a port is a number, a range or a reference
    port('http', 80);
    // @ts-expect-error unknown protocol
    port(53, 53, { protocol: 'icmp' });
  });

  it('builds values that fit the Compose service fields', () => {
    expectTypeOf(healthcheck({ test: 'true' })).toMatchTypeOf<NonNullable<Service['healthcheck']>>();
    expectTypeOf({ ports: [port(80, 80)], volumes: [bind('.', '/app'), volume('v', '/v')] }).toMatchTypeOf<Service>();
  });

  it('lets the config check the volume a mount names', () => {
    defineCompose({
      targets: { dev: 'a.yml' },
      services: { db: { image: 'db', volumes: [volume('data', '/data'), bind('.', '/src')] } },
      volumes: { data: {} },
    });
    defineCompose({
      targets: { dev: 'a.yml' },
      // @ts-expect-error volume 'data' is not declared under volumes
      services: { db: { image: 'db', volumes: [volume('data', '/data')] } },
    });
  });
});
