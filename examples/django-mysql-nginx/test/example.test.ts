import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProject } from '@compose-gen/spec';
import { nginxProxyConf } from 'compose-gen';
import { proxy } from '../compose.config.js';
import { dockerComposeConfig, expectGeneratedUpToDate, expectLintClean, normalizedText, read, suiteScratchCopy } from '../../_support/compose.js';

const dir = fileURLToPath(new URL('..', import.meta.url));
const notes = new URL('../../../../shared/seed/docker-compose-notes.ko.md', import.meta.url);
const files = ['docker-compose.yml', 'docker-compose.prod.yml'];

/** The user's own dev compose file: the first YAML block of the notes that declares services. */
function seedComposeFile(): string {
  const blocks = [...readFileSync(notes, 'utf8').matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  const compose = blocks.find((block) => /^services:$/m.test(block));
  if (compose === undefined) throw new Error('the notes hold no compose file');
  return compose;
}

type Model = { services: Record<string, Record<string, unknown>>; volumes?: Record<string, unknown>; version?: string };

const scratch = suiteScratchCopy(dir);

describe('examples/django-mysql-nginx', () => {
  it('commits exactly what compose.config.ts generates', async () => {
    await expectGeneratedUpToDate(dir, 2);
  });

  it('ships the nginx config the proxy recipe writes for the same options', () => {
    expect(read(dir, 'config/nginx/nginx.conf')).toBe(nginxProxyConf(proxy));
  });

  it('passes compose-gen lint without errors or warnings', async () => {
    await expectLintClean(dir);
  });

  it.each(files)('%s passes docker-compose config -q', (file) => {
    const run = dockerComposeConfig(scratch.path, file, ['-q']);
    expect(run, run.stderr).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it("dev equals the notes' docker-compose.yml once docker-compose has normalised both", () => {
    // Beside the generated file in the scratch copy, so `build: .` and `.env` resolve the same for both.
    const seed = join(scratch.path, 'seed.docker-compose.yml');
    writeFileSync(seed, seedComposeFile());
    const expected = parse(normalizedText(scratch.path, seed)) as Model;
    const actual = parse(normalizedText(scratch.path, 'docker-compose.yml')) as Model;
    // The notes declare `version: '3'` (obsolete, and printed back by docker-compose) and a volume `app`
    // that no service mounts; neither changes what runs.
    delete expected.version;
    delete actual.version;
    delete expected.volumes?.app;
    expect(actual).toEqual(expected);
  });

  it("dev equals the notes' docker-compose.yml under compose-gen's own loader (docker compose v2 rules)", () => {
    // The notes' file is placed, in memory, beside the generated one, with the empty .env both name.
    const texts: Record<string, string> = {
      [join(dir, 'seed.docker-compose.yml')]: seedComposeFile(),
      [join(dir, 'docker-compose.yml')]: read(dir, 'docker-compose.yml'),
      [join(dir, '.env')]: '',
    };
    const host = { readFile: (path: string) => texts[path], env: {} };
    const load = (file: string) => loadProject({ files: [join(dir, file)], projectName: 'example' }, host);
    const expected = load('seed.docker-compose.yml');
    const actual = load('docker-compose.yml');
    expect(expected.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(actual.diagnostics).toEqual([]);
    // v2 rules prune the unused `app` volume themselves.
    expect(actual.model).toEqual(expected.model);
  });

  it('prod: no db; web is gunicorn behind the entrypoint; nginx proxies and serves the shared static volume', () => {
    const prod = parse(read(dir, 'docker-compose.prod.yml')) as Model;
    expect(Object.keys(prod.services).sort()).toEqual(['nginx', 'web']);
    expect(prod.services.web).toMatchObject({
      command: 'gunicorn django-rest-framework-14th.wsgi:application --bind 0.0.0.0:8000',
      entrypoint: ['sh', 'config/docker/entrypoint.prod.sh'],
      env_file: ['.env'],
      volumes: ['static:/app/static'],
    });
    expect(prod.services.nginx).toMatchObject({
      build: './config/nginx',
      ports: ['80:80'],
      depends_on: ['web'],
      volumes: ['static:/app/static:ro'],
    });
    expect(read(dir, 'config/nginx/nginx.conf')).toContain('location /static/ {\n        alias /app/static/;');
    expect(read(dir, 'config/docker/entrypoint.prod.sh')).toMatch(/collectstatic --no-input\n\nexec "\$@"\n$/);
    expect(prod.volumes).toEqual({ static: {} });
  });
});
