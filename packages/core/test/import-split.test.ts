import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isServiceKey } from '../src/import/_keys.js';
import { ABSENT, AppendOp, REMOVE, common, delta } from '../src/import/_split.js';
import { append, mergeOverride, remove } from '../src/index.js';

describe('common: what every target inherits', () => {
  test.each([
    ['equal scalars stay', ['mysql:5.7', 'mysql:5.7'], 'mysql:5.7'],
    ['two different scalars: nobody wins', ['a', 'b'], ABSENT],
    ['a strict majority wins', ['a', 'a', 'b'], 'a'],
    ['absent in the majority stays absent', ['a', ABSENT, ABSENT], ABSENT],
    ['mappings keep their shared keys', [{ A: '1', B: '2' }, { A: '1', B: '3' }], { A: '1' }],
    ['mappings with nothing shared give nothing', [{ A: '1' }, { B: '2' }], ABSENT],
    ['an empty mapping in one target keeps an empty base', [{}, { B: '2' }], {}],
    ['equal mappings in another key order are equal', [{ A: 1, B: 2 }, { B: 2, A: 1 }], { A: 1, B: 2 }],
    ['a list that starts every other list is the base', [['a'], ['a', 'b']], ['a']],
    ['an empty list is not a prefix base', [[], ['a']], ABSENT],
    ['lists in another order are different', [['a', 'b'], ['b', 'a']], ABSENT],
    ['a string and a list never merge', ['a', ['a']], ABSENT],
  ])('%s', (_name, values, expected) => {
    expect(common(values)).toEqual(expected);
  });
});

describe('delta: what a target overrides', () => {
  test.each([
    ['nothing when equal', 'a', 'a', ABSENT],
    ['remove() when the target lacks the key', 'a', ABSENT, REMOVE],
    ['the value when the base lacks it', ABSENT, ['x'], ['x']],
    ['a scalar replaces', 'a', 'b', 'b'],
    ['a mapping changes only its differing keys', { A: '1', B: '2' }, { A: '1', B: '3', C: '4' }, { B: '3', C: '4' }],
    ['a key missing from the mapping is removed', { A: '1', B: '2' }, { A: '1' }, { B: REMOVE }],
    ['a list that extends the base appends', ['a'], ['a', 'b', 'c'], new AppendOp(['b', 'c'], 1)],
    ['a list that drops items replaces', ['a', 'b'], ['a'], ['a']],
    ['a list that changes an item replaces', ['a', 'b'], ['a', 'c', 'd'], ['a', 'c', 'd']],
    ['a mapping over a string replaces', '.', { context: '.' }, { context: '.' }],
    ['null is a value, not an absence', 'x', null, null],
  ])('%s', (_name, base, value, expected) => {
    expect(delta(base, value)).toEqual(expected);
  });
});

describe('common + delta, merged by the config rules, give back every target', () => {
  // Small key and value sets, so targets share keys and values often enough to exercise every branch.
  const scalar = fc.oneof(fc.constantFrom('a', 'b', '${X}', ''), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constant(null));
  const value = fc.letrec((tie) => ({
    any: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('any'), { maxLength: 3 }),
    map: fc.dictionary(fc.constantFrom('x', 'y', 'z'), tie('any'), { maxKeys: 3 }),
  }));
  const targets = fc.array(value.map as fc.Arbitrary<Record<string, unknown>>, { minLength: 1, maxLength: 4 });

  function toMarkers(patch: unknown): unknown {
    if (patch === REMOVE) return remove();
    if (patch instanceof AppendOp) return append(...patch.items);
    if (Array.isArray(patch)) return patch;
    if (typeof patch === 'object' && patch !== null) {
      return Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, toMarkers(v)]));
    }
    return patch;
  }

  test('for any targets', () => {
    fc.assert(
      fc.property(targets, (bodies) => {
        const shared = common(bodies);
        const base = typeof shared === 'object' && shared !== null && !Array.isArray(shared) ? shared : {};
        for (const body of bodies) {
          const patch = delta(base, body);
          const merged = patch === ABSENT ? mergeOverride(base, undefined) : mergeOverride(base, toMarkers(patch));
          expect(merged.problems).toEqual([]);
          expect(merged.value).toEqual(body);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('isServiceKey: the schema decides what travels under raw', () => {
  test.each([
    ['image', true],
    ['depends_on', true],
    ['develop', true],
    ['x-anything', true],
    ['weird', false],
    ['dependsOn', false],
    ['__proto__', false],
  ])('%s', (key, expected) => {
    expect(isServiceKey(key)).toBe(expected);
  });
});
