import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { lintConfigSchema } from '@compose-gen/lint';

const schema = lintConfigSchema();
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('lint settings schema', () => {
  it('is the committed schemas/lint-config.schema.json', async () => {
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('../../../schemas/lint-config.schema.json');
  });

  it.each([
    ['empty', {}],
    ['severities and options', { rules: { 'drift/image': 'error', 'drift/environment-keys': ['warn', { ignore: ['DEBUG'] }] } }],
    ['format checks by id', { rules: { 'ref/undefined-service': 'off' } }],
    ['pairs all', { pairs: 'all' }],
    ['pairs production', { pairs: 'production' }],
    ['allow with reason', { $schema: './x.json', allow: [{ rule: 'drift/service-set', service: 'worker', target: 'prod', reason: 'runs elsewhere' }] }],
  ])('accepts %s', (_name, value) => {
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['unknown severity', { rules: { 'drift/image': 'loud' } }],
    ['unknown option', { rules: { 'drift/environment-keys': ['warn', { ignores: [] }] } }],
    ['option of the wrong type', { rules: { 'style/port-quotes': ['warn', { mode: 'some' }] } }],
    ['allow without reason', { allow: [{ rule: 'drift/image' }] }],
    ['unknown top-level key', { extends: 'x' }],
    ['unknown pair selection', { pairs: 'every' }],
  ])('rejects %s', (_name, value) => {
    expect(validate(value)).toBe(false);
  });
});
