import { describe, expect, test } from 'vitest';
import { configPath } from '../src/_origin.js';
import type { ComposeConfig } from '../src/index.js';
import { append } from '../src/index.js';

const config = {
  targets: { dev: 'a.yml', prod: 'b.yml' },
  services: {
    web: {
      image: 'w',
      ports: ['80:80'],
      volumes: ['.:/app'],
      raw: { init: true },
      overrides: { prod: { ports: ['443:443'], volumes: append('static:/s'), raw: { cpus: 2 } } },
    },
  },
  volumes: { static: { driver: 'local', overrides: { prod: { driver: 'nfs' } } } },
  raw: { 'x-top': 1, networks: { edge: {} } },
} as unknown as ComposeConfig;

// Where a value of the resolved model came from in the config, for diagnostics on the model.
const cases: [string, string, (string | number)[]][] = [
  ['dev', '/services/web/ports/0', ['services', 'web', 'ports', '0']],
  ['prod', '/services/web/ports/0', ['services', 'web', 'overrides', 'prod', 'ports', '0']],
  ['prod', '/services/web/volumes/0', ['services', 'web', 'volumes', '0']],
  ['prod', '/services/web/volumes/1', ['services', 'web', 'overrides', 'prod', 'volumes', 0]],
  ['dev', '/services/web/init', ['services', 'web', 'raw', 'init']],
  ['prod', '/services/web/cpus', ['services', 'web', 'overrides', 'prod', 'raw', 'cpus']],
  ['dev', '/services/web', ['services', 'web']],
  ['prod', '/volumes/static/driver', ['volumes', 'static', 'overrides', 'prod', 'driver']],
  ['dev', '/volumes/static/driver', ['volumes', 'static', 'driver']],
  ['dev', '/x-top', ['raw', 'x-top']],
  ['dev', '/networks/edge/driver', ['raw', 'networks', 'edge', 'driver']],
  ['dev', '', []],
];

describe('configPath', () => {
  test.each(cases)('%s %s', (target, pointer, expected) => {
    expect(configPath(config, target, pointer)).toEqual(expected);
  });
});
