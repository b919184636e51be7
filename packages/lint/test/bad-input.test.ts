import { describe, expect, it } from 'vitest';
import { allRules, lintAndFix, type LintConfig } from '@compose-gen/lint';
import { testSpec } from './_spec.js';

const everything: LintConfig = {
  rules: Object.fromEntries(allRules.filter((r) => r.meta.optIn).map((r) => [r.meta.id, 'warn' as const])),
};

const inputs: [string, string][] = [
  ['empty', ''],
  ['comment only', '# nothing\n'],
  ['broken YAML', 'services:\n  web: [\n'],
  ['list root', '- a\n- b\n'],
  ['scalar root', 'hello\n'],
  ['null services', 'services:\n'],
  ['services as a list', 'services:\n  - web\n'],
  ['service as a string', 'services:\n  web: nginx\n'],
  ['fields of the wrong type', 'services:\n  web:\n    image: 5\n    ports: 80\n    environment: 3\n    depends_on: web\n    volumes: {a: 1}\n    healthcheck: yes\n    command: {a: 1}\n'],
  ['ports of odd shapes', 'services:\n  web:\n    ports: [null, [], {}, "::", ":", "a:b:c:d", "${", "80-70:1"]\n'],
  ['alias to a scalar as a service', 'x: &x 1\nservices:\n  web: *x\n'],
  ['merge of a list', 'x: &x [1]\nservices:\n  web:\n    <<: *x\n'],
  ['duplicate keys', 'services:\n  web: {}\n  web: {}\n'],
  ['a key that is a number', 'services:\n  1: {image: a}\n'],
];

describe('bad input gives findings, never a crash', () => {
  it.each(inputs)('%s', (_name, text) => {
    const texts = new Map([['dev.yml', text], ['prod.yml', text]]);
    const run = () =>
      lintAndFix(
        {
          texts,
          targets: [
            { name: 'dev', production: false, files: ['dev.yml'] },
            { name: 'prod', production: true, files: ['prod.yml'] },
            { name: 'merged', production: true, files: ['dev.yml', 'prod.yml'] },
          ],
          config: everything,
        },
        testSpec,
      );
    expect(run).not.toThrow();
    for (const d of run().result.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message.length).toBeGreaterThan(0);
    }
  });
});
