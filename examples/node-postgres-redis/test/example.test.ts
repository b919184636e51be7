import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dockerComposeConfig, expectGeneratedUpToDate, expectLintClean, normalizedText, read, suiteScratchCopy } from '../../_support/compose.js';

const dir = fileURLToPath(new URL('..', import.meta.url));
const files = ['docker-compose.yml', 'docker-compose.test.yml', 'docker-compose.prod.yml'];
// What a deploy provides; the committed files only refer to it.
const deployEnv = { POSTGRES_PASSWORD: 'from-the-server-env' };

type Model = { services: Record<string, Record<string, unknown>>; volumes?: Record<string, unknown> };
const model = (file: string): Model => parse(read(dir, file)) as Model;

const scratch = suiteScratchCopy(dir);

describe('examples/node-postgres-redis', () => {
  it('commits exactly what compose.config.ts generates', async () => {
    await expectGeneratedUpToDate(dir, 4);
  });

  it('passes compose-gen lint without errors or warnings', async () => {
    await expectLintClean(dir);
  });

  it.each(files)('%s passes docker-compose config -q', (file) => {
    const run = dockerComposeConfig(scratch.path, file, ['-q'], deployEnv);
    expect(run, run.stderr).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prod refuses to start without the database password, and never holds it', () => {
    const run = dockerComposeConfig(scratch.path, 'docker-compose.prod.yml', ['-q']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('set POSTGRES_PASSWORD in .env');

    const text = read(dir, 'docker-compose.prod.yml');
    expect(text).not.toContain('postgres://app:postgres@');
    const resolved = parse(normalizedText(scratch.path, 'docker-compose.prod.yml', deployEnv)) as Model;
    for (const service of ['api', 'worker']) {
      expect(resolved.services[service]?.environment).toMatchObject({
        DATABASE_URL: 'postgres://app:from-the-server-env@db:5432/app',
      });
    }
  });

  it('each target has its own services, stages and storage', () => {
    const dev = model('docker-compose.yml');
    const test = model('docker-compose.test.yml');
    const prod = model('docker-compose.prod.yml');
    expect(Object.keys(dev.services).sort()).toEqual(['api', 'cache', 'db', 'worker']);
    expect(Object.keys(test.services).sort()).toEqual(['api', 'cache', 'db']);
    expect(Object.keys(prod.services).sort()).toEqual(['api', 'cache', 'db', 'worker']);

    expect(dev.services.api).toMatchObject({ build: { context: './app', target: 'dev' }, ports: ['3000:3000'] });
    expect(test.services.api).toMatchObject({ command: ['npm', 'test'] });
    expect(test.services.api).not.toHaveProperty('ports');
    expect(prod.services.api).toMatchObject({ build: { context: './app', target: 'prod' }, ports: ['127.0.0.1:3000:3000'] });

    expect(test.services.db).toMatchObject({ tmpfs: ['/var/lib/postgresql/data'] });
    expect(test.services.db).not.toHaveProperty('volumes');
    expect(prod.services.db).toMatchObject({ volumes: ['pgdata:/var/lib/postgresql/data'] });
    expect(prod.services.cache).toMatchObject({ volumes: ['redisdata:/data'], command: ['redis-server', '--appendonly', 'yes'] });

    expect(Object.keys(dev.volumes ?? {})).toEqual(['pgdata']);
    expect(test.volumes).toBeUndefined();
    expect(Object.keys(prod.volumes ?? {}).sort()).toEqual(['pgdata', 'redisdata']);
  });

  it('waits for healthy databases', () => {
    for (const file of files) {
      const { services } = model(file);
      expect(services.api?.depends_on, file).toEqual({
        db: { condition: 'service_healthy' },
        cache: { condition: 'service_healthy' },
      });
      expect(services.db?.healthcheck, file).toBeDefined();
      expect(services.cache?.healthcheck, file).toBeDefined();
    }
  });
});
