import { describe, expect, it } from 'vitest';
import { substitute } from '../../src/loader/_template.js';
import { lookupIn } from '../../src/loader/host.js';

const env = lookupIn({ SET: 'v', EMPTY: '', A_b: 'ab', A: 'a' });

describe('substitute', () => {
  it.each([
    ['plain text', 'plain text'],
    ['${SET}', 'v'],
    ['$SET', 'v'],
    ['$A.b', 'a.b'],
    ['$A_b', 'ab'],
    ['${UNSET}', ''],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${UNSET2:-deep}}', 'deep'],
    ['${UNSET:-a}${UNSET2:-b}', 'ab'],
    ['${UNSET:-a}-$SET-${SET}', 'a-v-v'],
    ['${UNSET:-x:-y}', 'x:-y'],
    ['${UNSET-x:-y}', 'x:-y'],
    ['$$SET', '$SET'],
    ['$$', '$'],
    ['cost: $1, $ 2', 'cost: $1, $ 2'],
    ['${SET:?boom}', 'v'],
    ['${EMPTY?boom}', ''],
  ])('%s -> %s', (text, expected) => {
    const r = substitute(text, env);
    expect(r.error).toBeUndefined();
    expect(r.value).toBe(expected);
  });

  it.each([
    ['${UNSET:?set it}', 'required', 'required variable UNSET is missing a value: set it'],
    ['${EMPTY:?}', 'required', 'required variable EMPTY is missing a value'],
    ['${UNSET?${SET} needed}', 'required', 'required variable UNSET is missing a value: v needed'],
    ['${not valid}', 'syntax', 'invalid interpolation syntax in "${not valid}"'],
    ['${', 'syntax', 'invalid interpolation syntax in "${"'],
    ['${}', 'syntax', 'invalid interpolation syntax in "${}"'],
  ])('%s is an error', (text, kind, message) => {
    expect(substitute(text, env).error).toEqual(expect.objectContaining({ kind, message }));
  });

  it('reports every reference with its operator, also inside defaults', () => {
    expect(substitute('${A:-${B}} $C', env).refs).toEqual([
      { name: 'A', braced: true, operator: ':-', operand: '${B}', unset: false },
      { name: 'B', braced: true, unset: true },
      { name: 'C', braced: false, unset: true },
    ]);
  });
});
