import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintProject } from '@compose-gen/lint';
import { testSpec } from './_spec.js';

const example = new URL('../../../examples/django-mysql-nginx/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, example), 'utf8');

describe('examples/django-mysql-nginx as plain YAML', () => {
  it('lints its generated dev/prod pair with no warning and no error', () => {
    const result = lintProject(
      {
        texts: new Map([
          ['docker-compose.yml', read('docker-compose.yml')],
          ['docker-compose.prod.yml', read('docker-compose.prod.yml')],
        ]),
        targets: [
          { name: 'dev', production: false, files: ['docker-compose.yml'] },
          { name: 'prod', production: true, files: ['docker-compose.prod.yml'] },
        ],
        // The config declares db for dev only and nginx for prod only.
        targetOnly: new Set(['db', 'nginx']),
      },
      testSpec,
    );
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual([
      'docker-compose.prod.yml:23 drift/environment-keys',
    ]);
  });
});
