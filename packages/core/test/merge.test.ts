import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { append, remove } from '../src/index.js';
import { mergeOverride } from '../src/merge.js';

const cases: { rule: string; base: unknown; override: unknown; expected: unknown }[] = [
  {
    rule: 'prod command replaces base command',
    base: { command: ['python', 'manage.py', 'runserver'] },
    override: { command: ['gunicorn', 'app.wsgi'] },
    expected: { command: ['gunicorn', 'app.wsgi'] },
  },
  {
    rule: 'a list command replaces a string command',
    base: { command: 'sh -c "python manage.py runserver"' },
    override: { command: ['gunicorn'] },
    expected: { command: ['gunicorn'] },
  },
  {
    rule: 'prod ports replace base ports (no concatenation)',
    base: { ports: ['8000:8000'] },
    override: { ports: ['80:8000'] },
    expected: { ports: ['80:8000'] },
  },
  {
    rule: 'environment mapping merges by key',
    base: { environment: { DEBUG: '1', DATABASE_HOST: 'db' } },
    override: { environment: { DEBUG: '0', SECRET: 'x' } },
    expected: { environment: { DEBUG: '0', DATABASE_HOST: 'db', SECRET: 'x' } },
  },
  {
    rule: 'nested mappings merge at every depth',
    base: { healthcheck: { test: ['CMD', 'true'], interval: '10s' }, deploy: { resources: { limits: { cpus: '1' } } } },
    override: { healthcheck: { interval: '30s' }, deploy: { resources: { limits: { memory: '1g' } } } },
    expected: {
      healthcheck: { test: ['CMD', 'true'], interval: '30s' },
      deploy: { resources: { limits: { cpus: '1', memory: '1g' } } },
    },
  },
  {
    rule: 'a list inside a merged mapping still replaces',
    base: { healthcheck: { test: ['CMD', 'a'] } },
    override: { healthcheck: { test: ['CMD', 'b'] } },
    expected: { healthcheck: { test: ['CMD', 'b'] } },
  },
  {
    rule: 'a map depends_on replaces a list depends_on',
    base: { depends_on: ['db'] },
    override: { depends_on: { cache: { condition: 'service_healthy' } } },
    expected: { depends_on: { cache: { condition: 'service_healthy' } } },
  },
  {
    rule: 'a mapping replaces a string (build shorthand)',
    base: { build: '.' },
    override: { build: { context: '.', target: 'prod' } },
    expected: { build: { context: '.', target: 'prod' } },
  },
  {
    rule: 'a number replaces a number',
    base: { stop_grace_period: '10s', cpus: 1 },
    override: { cpus: 2 },
    expected: { stop_grace_period: '10s', cpus: 2 },
  },
  {
    rule: 'append() extends an inherited list',
    base: { volumes: ['.:/app'] },
    override: { volumes: append('static:/app/static') },
    expected: { volumes: ['.:/app', 'static:/app/static'] },
  },
  {
    rule: 'append() with nothing inherited starts a list',
    base: {},
    override: { volumes: append('static:/app/static', 'media:/app/media') },
    expected: { volumes: ['static:/app/static', 'media:/app/media'] },
  },
  {
    rule: 'remove() deletes an inherited key',
    base: { depends_on: ['db'], image: 'web' },
    override: { depends_on: remove() },
    expected: { image: 'web' },
  },
  {
    rule: 'remove() deletes one key of a mapping',
    base: { environment: { DEBUG: '1', HOST: 'db' } },
    override: { environment: { DEBUG: remove() } },
    expected: { environment: { HOST: 'db' } },
  },
  {
    rule: 'remove() of a key that is not inherited is a no-op',
    base: { image: 'web' },
    override: { ports: remove() },
    expected: { image: 'web' },
  },
  {
    rule: 'undefined in an override keeps the inherited value',
    base: { image: 'web' },
    override: { image: undefined },
    expected: { image: 'web' },
  },
  {
    rule: 'null in an override replaces (it is a value, not an absence)',
    base: { environment: { KEY: 'a' } },
    override: { environment: { KEY: null } },
    expected: { environment: { KEY: null } },
  },
];

describe('mergeOverride', () => {
  test.each(cases)('$rule', ({ base, override, expected }) => {
    const result = mergeOverride(base, override);
    expect(result.value).toEqual(expected);
    expect(result.problems).toEqual([]);
  });

  test('neither input is modified', () => {
    const base = { environment: { A: '1' }, volumes: ['a:/a'] };
    const override = { environment: { B: '2' }, volumes: append('b:/b') };
    const before = JSON.stringify(base);
    const merged = mergeOverride(base, override).value as typeof base;
    merged.volumes.push('c:/c');
    expect(JSON.stringify(base)).toBe(before);
  });

  test('append() onto a string is reported and the inherited value kept', () => {
    const result = mergeOverride({ command: 'run' }, { command: append('--debug') });
    expect(result.value).toEqual({ command: 'run' });
    expect(result.problems).toEqual([
      { path: ['command'], message: 'append() needs an inherited list, found a string' },
    ]);
  });
});

describe('mergeOverride properties', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const mapping = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 5 });

  test('an empty override gives back the base', () => {
    fc.assert(
      fc.property(mapping, (base) => {
        expect(mergeOverride(base, {}).value).toEqual(base);
      }),
    );
  });

  test('every key of the result holds the override value, the base value, or their mapping merge', () => {
    fc.assert(
      fc.property(mapping, mapping, (base, override) => {
        const merged = mergeOverride(base, override).value as Record<string, unknown>;
        expect(Object.keys(merged).sort()).toEqual(
          [...new Set([...Object.keys(base), ...Object.keys(override)])].sort(),
        );
        for (const [key, value] of Object.entries(merged)) {
          if (!Object.hasOwn(override, key)) expect(value).toEqual(base[key]);
          else if (Array.isArray(override[key]) || typeof override[key] !== 'object' || override[key] === null) {
            // A list (or any non-mapping) replaces: never a concatenation of the base list and the override list.
            expect(value).toEqual(override[key]);
          }
        }
      }),
    );
  });

  test('append() always gives the inherited list followed by the items', () => {
    fc.assert(
      fc.property(fc.array(json), fc.array(json), (inherited, items) => {
        expect(mergeOverride({ list: inherited }, { list: append(...items) }).value).toEqual({
          list: [...inherited, ...items],
        });
      }),
    );
  });
});
