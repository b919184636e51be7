import { describe, test } from 'vitest';
import { defineCompose } from '../src/index.js';

const targets = { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } } as const;

describe('the lint section of a config', () => {
  test('takes rules, allow entries with a reason, and which pairs drift compares', () => {
    defineCompose({
      targets,
      services: { web: { image: 'w:1' } },
      lint: {
        rules: { 'drift/image': 'off', 'prod/restart-policy': ['error', {}] },
        allow: [{ rule: 'drift/service-set', service: 'web', reason: 'dev only' }],
        pairs: 'all',
      },
    });
  });
  test('rejects an unknown pair selection', () => {
    defineCompose({
      targets,
      services: { web: { image: 'w:1' } },
      // @ts-expect-error 'some' is not a pair selection
      lint: { pairs: 'some' },
    });
  });
  test('requires a reason on an allow entry', () => {
    defineCompose({
      targets,
      services: { web: { image: 'w:1' } },
      // @ts-expect-error an allow entry needs its reason
      lint: { allow: [{ rule: 'drift/image' }] },
    });
  });
});
