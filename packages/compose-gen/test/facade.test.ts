import * as core from '@compose-gen/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as facade from '../src/index.js';
import type { ComposeFile, Diagnostic, Service } from '../src/index.js';

describe("the 'compose-gen' module users import", () => {
  it('re-exports every run-time export of @compose-gen/core, the same values', () => {
    expect(Object.keys(facade).sort()).toEqual(Object.keys(core).sort());
    for (const name of Object.keys(core)) expect(facade[name as keyof typeof facade]).toBe(core[name as keyof typeof core]);
  });

  it('offers what a config needs', () => {
    expect(typeof facade.env.ref).toBe('function');
    expect(typeof facade.env.required).toBe('function');
    for (const name of ['defineCompose', 'append', 'remove', 'port', 'bind', 'volume', 'healthcheck', 'mysql', 'postgres', 'redis', 'nginxProxy', 'django']) {
      expect(typeof facade[name as keyof typeof facade], name).toBe('function');
    }
  });

  it('carries the Compose model types', () => {
    expectTypeOf<Service['depends_on']>().not.toBeAny();
    expectTypeOf<ComposeFile['services']>().not.toBeAny();
    expectTypeOf<Diagnostic['ruleId']>().toEqualTypeOf<string>();
  });
});
