import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { render, resolve } from '../src/index.js';
import { django } from './fixtures/django.js';
import { layout } from './fixtures/layout.js';
import { quoting } from './fixtures/quoting.js';

const golden = (name: string): URL => new URL(`./golden/${name}`, import.meta.url);

// Golden files are the reviewed expected bytes; COMPOSE_GEN_UPDATE_GOLDEN=1 rewrites them after a deliberate change.
function expectGolden(name: string, text: string): void {
  if (process.env.COMPOSE_GEN_UPDATE_GOLDEN === '1') writeFileSync(golden(name), text);
  expect(text).toBe(readFileSync(golden(name), 'utf8'));
}

describe('render golden files', () => {
  test.each(['dev', 'prod'])('django %s', (target) => {
    const { compose, diagnostics } = resolve(django, target);
    expect(diagnostics).toEqual([]);
    expectGolden(`django.${target}.yml`, render(compose, { target, source: 'compose.config.ts' }));
  });

  test('quoting of values a YAML 1.1 reader would misread', () => {
    expectGolden(
      'quoting.yml',
      render(quoting, { target: 'dev', source: 'compose.config.ts', schemaUrl: 'https://example.org/s.json' }),
    );
  });

  test('key order of every shape with a fixed head, multi-line strings, null entries', () => {
    expectGolden('layout.yml', render(layout, { target: 'prod', source: 'config/compose.config.ts' }));
  });

  test('an empty model', () => {
    expectGolden('empty.yml', render({}, { target: 'dev', source: 'compose.config.ts' }));
  });
});

describe('render properties', () => {
  test('reads back equal under YAML 1.1 and 1.2', () => {
    for (const version of ['1.1', '1.2'] as const) {
      expect(parse(render(quoting, { target: 'dev', source: 'c.ts' }), { version })).toEqual(quoting);
    }
  });

  test.each(['grapheme-ascii', 'binary'] as const)(
    'any %s string value reads back as itself under YAML 1.1 and 1.2',
    (text) => {
      fc.assert(
        fc.property(
          fc.dictionary(fc.string(), fc.string({ unit: text })),
          fc.array(fc.string({ unit: text })),
          (environment, command) => {
            const model = { services: { s: { image: 'i', environment, command } } };
            const text = render(model, { target: 't', source: 'c.ts' });
            expect(parse(text, { version: '1.1' })).toEqual(model);
            expect(parse(text, { version: '1.2' })).toEqual(model);
          },
        ),
        { numRuns: 2000 },
      );
    },
  );

  test('the same model in another key order renders the same bytes', () => {
    const a = { volumes: { b: {}, a: {} }, services: { web: { ports: ['80:80'], image: 'x' }, db: { image: 'y' } } };
    const b = { services: { db: { image: 'y' }, web: { image: 'x', ports: ['80:80'] } }, volumes: { a: {}, b: {} } };
    expect(render(a, { target: 't', source: 'c.ts' })).toBe(render(b, { target: 't', source: 'c.ts' }));
  });

  test('null and undefined are dropped, except null entries that mean defaults', () => {
    const text = render(
      {
        services: { web: { image: 'x', user: undefined, networks: { front: null }, environment: { A: null, B: 'b' } } },
        networks: { front: null },
      },
      { target: 't', source: 'c.ts' },
    );
    expect(parse(text)).toEqual({
      services: { web: { image: 'x', networks: { front: {} }, environment: { B: 'b' } } },
      networks: { front: {} },
    });
  });
});
