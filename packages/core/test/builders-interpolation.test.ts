import { substitute } from '@compose-gen/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { env } from '../src/builders/index.js';

// The builders' output read back by compose-gen's own interpolation (Compose's grammar): what a reference
// promises is what Compose will substitute.
const name = fc.stringMatching(/^[_A-Za-z][_A-Za-z0-9]{0,11}$/);
const text = fc.string({ maxLength: 12 }).filter((s) => !/[${}]/.test(s));
const value = fc.option(fc.string({ maxLength: 12 }), { nil: undefined });
const lookup = (vars: Record<string, string | undefined>) => (key: string) =>
  Object.prototype.hasOwnProperty.call(vars, key) ? vars[key] : undefined;

describe('builders read back by interpolation', () => {
  it('env.ref gives the value, or "" when unset', () => {
    fc.assert(
      fc.property(name, value, (n, v) => {
        const result = substitute(env.ref(n), lookup({ [n]: v }));
        expect(result).toMatchObject({ value: v ?? '' });
        expect(result.error).toBeUndefined();
      }),
    );
  });

  it('env.ref with a fallback gives the value, or the fallback when unset or empty', () => {
    fc.assert(
      fc.property(name, value, text, (n, v, fallback) => {
        expect(substitute(env.ref(n, fallback), lookup({ [n]: v })).value).toBe(v ? v : fallback);
      }),
    );
  });

  it('nested fallbacks resolve inner to outer', () => {
    fc.assert(
      fc.property(name, name, value, value, text, (a, b, va, vb, fallback) => {
        fc.pre(a !== b);
        const expected = va ? va : vb ? vb : fallback;
        expect(substitute(env.ref(a, env.ref(b, fallback)), lookup({ [a]: va, [b]: vb })).value).toBe(expected);
      }),
    );
  });

  it('env.required gives the value, or fails with the message when unset or empty', () => {
    fc.assert(
      fc.property(name, value, text, (n, v, message) => {
        const result = substitute(env.required(n, message === '' ? undefined : message), lookup({ [n]: v }));
        if (v) {
          expect(result).toMatchObject({ value: v });
          expect(result.error).toBeUndefined();
        } else {
          expect(result.error).toMatchObject({ kind: 'required', variable: n });
          expect(result.error?.message).toContain(message === '' ? `${n} is required` : message);
        }
      }),
    );
  });
});
