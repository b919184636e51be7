import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintProject } from '@compose-gen/lint';
import { testSpec } from './_spec.js';

const notes = readFileSync(new URL('../../../../shared/seed/docker-compose-notes.ko.md', import.meta.url), 'utf8');
const prod = readFileSync(new URL('./fixtures/seed/docker-compose.prod.yml', import.meta.url), 'utf8');

/** The development file is the YAML block that follows the notes' `docker-compose.yml` heading. */
function devFromNotes(): string {
  const heading = notes.indexOf('**docker-compose.yml**');
  const block = /```\n([\s\S]*?)```/.exec(notes.slice(heading));
  if (heading < 0 || !block?.[1]) throw new Error('the notes no longer hold the development compose file');
  return block[1];
}

describe('the seed project (Django + MySQL in dev, gunicorn behind nginx in prod)', () => {
  it('lints with no warning and no error, only the expected notes', () => {
    const dev = devFromNotes();
    expect(dev).toContain('runserver 0.0.0.0:8000');
    const result = lintProject(
      {
        texts: new Map([
          ['docker-compose.yml', dev],
          ['docker-compose.prod.yml', prod],
        ]),
        targets: [
          { name: 'dev', production: false, files: ['docker-compose.yml'] },
          { name: 'prod', production: true, files: ['docker-compose.prod.yml'] },
        ],
      },
      testSpec,
    );
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)).toEqual([
      'docker-compose.prod.yml:13:7 info drift/environment-keys web: env_file .env of prod could not be read; its keys were not compared',
      'docker-compose.prod.yml:18:3 info drift/service-set nginx: reverse proxy runs in prod only, not in dev',
      'docker-compose.yml:1:1 info compose/obsolete-version `version` is obsolete and ignored by Compose; remove it',
      'docker-compose.yml:4:3 info drift/service-set db: datastore runs in dev only, not in prod',
    ]);
  });

  it('catches the classic mistake of shipping the dev command to prod', () => {
    const broken = prod.replace(/command: gunicorn.*/, 'command: sh -c "python manage.py migrate && python manage.py runserver 0.0.0.0:8000"');
    const result = lintProject(
      { texts: new Map([['p.yml', broken]]), targets: [{ name: 'prod', production: true, files: ['p.yml'] }] },
      testSpec,
    );
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['11:14 prod/dev-server']);
  });
});
