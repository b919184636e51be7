import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCompose } from '@compose-gen/spec';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './_helpers.js';

// A project whose prod target is written into deploy/: every path of the config is relative to the config.
function project(): string {
  const dir = tempDir();
  for (const folder of ['config/nginx', 'app', 'secrets']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12\n');
  writeFileSync(join(dir, 'config/nginx/Dockerfile'), 'FROM nginx\n');
  writeFileSync(join(dir, '.env'), 'SECRET_KEY=x\n');
  writeFileSync(join(dir, 'secrets/key.txt'), 'k\n');
  const config = [
    "import { defineCompose } from 'compose-gen';",
    '',
    'export default defineCompose({',
    "  targets: { dev: 'docker-compose.yml', prod: 'deploy/docker-compose.prod.yml' },",
    '  services: {',
    '    web: {',
    "      build: '.',",
    "      env_file: '.env',",
    "      volumes: ['.:/app', './app:/srv', 'static:/static', '/etc/localtime:/etc/localtime:ro'],",
    "      secrets: ['key'],",
    '    },',
    "    nginx: { only: ['prod'], build: { context: './config/nginx' }, volumes: ['static:/static'] },",
    '  },',
    '  volumes: { static: {} },',
    "  secrets: { key: { file: './secrets/key.txt' } },",
    '});',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'compose.config.ts'), config);
  return dir;
}

// The model as docker-compose and compose-gen print it, read loosely: the assertions name the fields.
const parse = (text: string): any => parseCompose(text, { file: 'x.yml' }).data;

const compose = (dir: string, file: string, ...args: string[]): string =>
  execFileSync('docker-compose', ['-f', file, ...args], { cwd: dir, env: { PATH: process.env.PATH }, encoding: 'utf8' });

describe('paths in a target written into another folder', () => {
  it('are rewritten from that folder, so Compose finds the same files as from the config', async () => {
    const dir = project();
    expect(await cli([], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    const prod = parse(readFileSync(join(dir, 'deploy/docker-compose.prod.yml'), 'utf8'));
    expect(prod.services.web).toMatchObject({
      build: '..',
      env_file: '../.env',
      volumes: ['..:/app', '../app:/srv', 'static:/static', '/etc/localtime:/etc/localtime:ro'],
    });
    expect(prod.services.nginx.build).toEqual({ context: '../config/nginx' });
    expect(prod.secrets).toEqual({ key: { file: '../secrets/key.txt' } });
    const dev = parse(readFileSync(join(dir, 'docker-compose.yml'), 'utf8'));
    expect(dev.services.web).toMatchObject({ build: '.', env_file: '.env', volumes: ['.:/app', './app:/srv', 'static:/static', '/etc/localtime:/etc/localtime:ro'] });
  });

  it('docker-compose reads the file in deploy/ and resolves its paths to the project folder', async () => {
    const dir = project();
    await cli([], { cwd: dir });
    expect(compose(dir, 'deploy/docker-compose.prod.yml', 'config', '-q')).toBe('');
    const seen = parse(compose(dir, 'deploy/docker-compose.prod.yml', 'config'));
    const real = execFileSync('pwd', ['-P'], { cwd: dir, encoding: 'utf8' }).trim();
    const at = (path: string): string[] => [join(dir, path), join(real, path)];
    expect(at('.')).toContain(seen.services.web.build.context);
    expect(at('config/nginx')).toContain(seen.services.nginx.build.context);
    expect(at('secrets/key.txt')).toContain(seen.secrets.key.file);
    expect(at('.').map((d) => `${d}:/app:rw`)).toContain(seen.services.web.volumes[0]);
    expect(seen.services.web.environment).toEqual({ SECRET_KEY: 'x' });
  });
});
