import { describe, expect, test } from 'vitest';
import type { ComposeFile } from '@compose-gen/spec';
import { rebasePaths } from '../src/index.js';

const service = (fields: Record<string, unknown>): ComposeFile => ({ services: { web: fields } }) as ComposeFile;
const web = (compose: ComposeFile): Record<string, unknown> => (compose.services as Record<string, Record<string, unknown>>).web!;

describe('rebasePaths: each service field, seen from deploy/ (prefix ..)', () => {
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['build context string', { build: '.' }, { build: '..' }],
    ['build context subfolder', { build: './config/nginx' }, { build: '../config/nginx' }],
    ['build context without ./', { build: 'app' }, { build: '../app' }],
    ['build context absolute', { build: '/srv/app' }, { build: '/srv/app' }],
    ['build context URL', { build: 'https://example.org/repo.git#main' }, { build: 'https://example.org/repo.git#main' }],
    ['build context git', { build: 'git@example.org:me/repo.git' }, { build: 'git@example.org:me/repo.git' }],
    ['build context variable', { build: '${APP_DIR}' }, { build: '${APP_DIR}' }],
    ['build object', { build: { context: './api', dockerfile: 'Dockerfile.prod' } }, { build: { context: '../api', dockerfile: 'Dockerfile.prod' } }],
    ['build object without context (defaults to .)', { build: { dockerfile: 'Dockerfile' } }, { build: { dockerfile: 'Dockerfile', context: '..' } }],
    [
      'build additional_contexts, map and list',
      { build: { context: '.', additional_contexts: { lib: '../lib', img: 'docker-image://alpine', svc: 'service:base' } } },
      { build: { context: '..', additional_contexts: { lib: '../../lib', img: 'docker-image://alpine', svc: 'service:base' } } },
    ],
    ['build additional_contexts list', { build: { context: '.', additional_contexts: ['lib=./lib'] } }, { build: { context: '..', additional_contexts: ['lib=../lib'] } }],
    ['env_file string', { env_file: '.env' }, { env_file: '../.env' }],
    ['env_file list', { env_file: ['.env', './config/prod.env', '/etc/app.env'] }, { env_file: ['../.env', '../config/prod.env', '/etc/app.env'] }],
    ['env_file long form', { env_file: [{ path: '.env.local', required: false }] }, { env_file: [{ path: '../.env.local', required: false }] }],
    ['label_file', { label_file: ['./labels'] }, { label_file: ['../labels'] }],
    [
      'short bind mounts',
      { volumes: ['.:/app', './data:/data:ro', '../shared:/s', '.cache:/c', 'static:/app/static', '/abs:/a', '~/h:/h', '${SRC}:/src', '/anon'] },
      { volumes: ['..:/app', '../data:/data:ro', '../../shared:/s', '../.cache:/c', 'static:/app/static', '/abs:/a', '~/h:/h', '${SRC}:/src', '/anon'] },
    ],
    [
      'long mounts: bind sources only',
      { volumes: [{ type: 'bind', source: './conf', target: '/c' }, { type: 'bind', source: 'conf', target: '/d' }, { type: 'volume', source: 'data', target: '/v' }, { type: 'bind', source: '/etc/x', target: '/x' }] },
      { volumes: [{ type: 'bind', source: '../conf', target: '/c' }, { type: 'bind', source: '../conf', target: '/d' }, { type: 'volume', source: 'data', target: '/v' }, { type: 'bind', source: '/etc/x', target: '/x' }] },
    ],
    ['extends from a file', { extends: { file: 'common.yml', service: 'base' } }, { extends: { file: '../common.yml', service: 'base' } }],
    ['extends in the same file', { extends: 'base' }, { extends: 'base' }],
    [
      'develop.watch paths',
      { develop: { watch: [{ path: './src', action: 'sync', target: '/app/src' }] } },
      { develop: { watch: [{ path: '../src', action: 'sync', target: '/app/src' }] } },
    ],
    ['fields without host paths', { image: 'nginx', command: ['./run.sh'], working_dir: '/app' }, { image: 'nginx', command: ['./run.sh'], working_dir: '/app' }],
  ])('%s', (_name, fields, expected) => {
    expect(web(rebasePaths(service(fields), '..'))).toEqual(expected);
  });
});

describe('rebasePaths: top-level entries and other prefixes', () => {
  test('secrets, configs and include', () => {
    const compose = {
      secrets: { key: { file: './secrets/key.txt' }, env: { environment: 'KEY' }, ext: { external: true } },
      configs: { conf: { file: 'nginx.conf' }, abs: { file: '/etc/nginx.conf' } },
      include: ['./db/compose.yml', { path: ['a.yml', '/b.yml'], env_file: '.env', project_directory: '.' }],
    } as ComposeFile;
    expect(rebasePaths(compose, '..')).toEqual({
      secrets: { key: { file: '../secrets/key.txt' }, env: { environment: 'KEY' }, ext: { external: true } },
      configs: { conf: { file: '../nginx.conf' }, abs: { file: '/etc/nginx.conf' } },
      include: ['../db/compose.yml', { path: ['../a.yml', '/b.yml'], env_file: '../.env', project_directory: '..' }],
    });
  });

  test.each([
    ['../..', '.', '../..'],
    ['../..', './a/b/', '../../a/b/'],
    ['app', '.', './app'],
    ['app', '../lib', './lib'],
    ['app', '..', '.'],
    ['app', '../../lib', '../lib'],
    ['../app', './x', '../app/x'],
    ['/srv/project', './x', '/srv/project/x'],
  ])('prefix %s: %s becomes %s', (prefix, path, expected) => {
    expect(web(rebasePaths(service({ build: path, volumes: [`${path}:/m`] }), prefix))).toEqual({ build: expected, volumes: [`${expected}:/m`] });
  });

  test('no prefix leaves the model as it is, and the input is never changed', () => {
    const compose = service({ build: '.', env_file: ['.env'], volumes: ['.:/app'] });
    const copy = structuredClone(compose);
    expect(rebasePaths(compose, '')).toBe(compose);
    expect(rebasePaths(compose, '.')).toBe(compose);
    rebasePaths(compose, '..');
    expect(compose).toEqual(copy);
  });
});

describe('rebasePaths: a file in deploy/ read back from the project folder (prefix deploy)', () => {
  test('gives the paths a file beside the config writes', () => {
    const prod = service({ build: '..', env_file: ['../.env'], volumes: ['..:/app', '../data:/data'], label_file: '../config/labels' });
    expect(web(rebasePaths(prod, 'deploy'))).toEqual({ build: '.', env_file: ['.env'], volumes: ['.:/app', './data:/data'], label_file: './config/labels' });
  });
});
