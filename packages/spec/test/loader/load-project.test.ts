import { describe, expect, it } from 'vitest';
import { findComposeFiles, loadProject } from '../../src/loader/project.js';
import { listVariables } from '../../src/loader/variables.js';
import { memoryHost, parse } from './_helpers.js';

const at = (files: Record<string, string>, env: Record<string, string> = {}) =>
  memoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/p/${k}`, v])), env);

const load = (files: string[], host: ReturnType<typeof at>, extra: Parameters<typeof loadProject>[0] = { files: [] }) =>
  loadProject({ ...extra, files, workingDirectory: '/p' }, host);

describe('loadProject: origins', () => {
  const host = at({
    'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n    environment:\n      A: base\n',
    'prod.yaml': 'services:\n  web:\n    image: nginx:prod\n    ports:\n      - "443:443"\n    environment:\n      - B=prod\n',
  });
  const r = load(['compose.yaml', 'prod.yaml'], host, { files: [], normalize: false });

  it.each([
    ['/services/web/image', 'prod.yaml', 3],
    ['/services/web/ports/0', 'compose.yaml', 5],
    ['/services/web/ports/1', 'prod.yaml', 5],
    ['/services/web/environment/A', 'compose.yaml', 7],
    ['/services/web/environment/B', 'prod.yaml', 7],
    ['/services/web/environment/B/deeper', 'prod.yaml', 7],
  ])('%s comes from %s:%i', (pointer, file, line) => {
    expect(r.origin(pointer)).toMatchObject({ file, line });
  });

  it('keeps pointing into the right file for the normalised model', () => {
    const n = load(['compose.yaml', 'prod.yaml'], host);
    expect(n.model.services).toHaveProperty('web.ports.1.published', '443');
    expect(n.origin('/services/web/ports/1/published')).toMatchObject({ file: 'prod.yaml', line: 5 });
  });

  it('names the file and line of a problem the merge creates', () => {
    const bad = at({
      'compose.yaml': 'services:\n  web:\n    image: nginx\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges]\n',
      'prod.yaml': 'services:\n  web:\n    image: nginx:prod\n    security_opt:\n      - no-new-privileges\n',
    });
    const errors = load(['compose.yaml', 'prod.yaml'], bad).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'prod.yaml', line: 5, path: '/services/web/security_opt/1' });
  });
});

describe('loadProject: extends and include', () => {
  it('extends a service of the same file and of another file, rebasing its relative paths', () => {
    const host = at({
      'compose.yaml':
        'services:\n  base:\n    image: app\n    environment: {A: "1"}\n  web:\n    extends: base\n    environment: {B: "2"}\n  worker:\n    extends:\n      file: common/services.yaml\n      service: job\n',
      'common/services.yaml': 'services:\n  job:\n    build: ./job\n    command: run\n',
    });
    const r = load(['compose.yaml'], host);
    expect(r.diagnostics).toEqual([]);
    expect(r.model.services).toMatchObject({
      web: { image: 'app', environment: { A: '1', B: '2' } },
      worker: { build: { context: '/p/common/job', dockerfile: 'Dockerfile' }, command: ['run'] },
    });
    expect(r.origin('/services/worker/command')).toMatchObject({ file: 'common/services.yaml', line: 4 });
  });

  it('reports an extends cycle, in one file and across files', () => {
    const host = at({
      'compose.yaml': 'services:\n  a:\n    image: x\n    extends: b\n  b:\n    extends: a\n  c:\n    extends:\n      file: other.yaml\n      service: d\n',
      'other.yaml': 'services:\n  d:\n    image: y\n    extends:\n      file: compose.yaml\n      service: c\n',
    });
    const ids = load(['compose.yaml'], host).diagnostics.map((d) => d.ruleId);
    expect(ids.filter((id) => id === 'loader/extends-cycle')).toHaveLength(2);
  });

  it('reports extends of a service that does not exist', () => {
    const host = at({ 'compose.yaml': 'services:\n  a:\n    image: x\n    extends: ghost\n' });
    expect(load(['compose.yaml'], host).diagnostics).toMatchObject([
      { ruleId: 'loader/extends', file: 'compose.yaml', line: 4, path: '/services/a/extends' },
    ]);
  });

  it('includes another project, its paths against its own directory', () => {
    const host = at({
      'compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: x\n    depends_on: [db]\n',
      'db/compose.yaml': 'services:\n  db:\n    image: "postgres:${PG}"\n    volumes: [./init:/docker-entrypoint-initdb.d]\n',
      'db/.env': 'PG=16\n',
    });
    const r = load(['compose.yaml'], host);
    expect(r.diagnostics).toEqual([]);
    expect(r.model.services).toMatchObject({
      db: { image: 'postgres:16', volumes: [{ type: 'bind', source: '/p/db/init', target: '/docker-entrypoint-initdb.d' }] },
    });
    expect(r.origin('/services/db/image')).toMatchObject({ file: 'db/compose.yaml', line: 3 });
  });

  it('reports remote includes and extends it cannot fetch', () => {
    const host = at({
      'compose.yaml': 'include:\n  - oci://registry.example/app:1\nservices:\n  a:\n    image: x\n    extends:\n      file: git@git.example:x/y.git\n      service: b\n',
    });
    expect(load(['compose.yaml'], host).diagnostics).toMatchObject([
      { ruleId: 'loader/remote', line: 2 },
      { ruleId: 'loader/remote', line: 7, path: '/services/a/extends' },
    ]);
  });

  it('reports an include cycle, a missing include and a conflicting definition', () => {
    const host = at({
      'compose.yaml': 'include: [a.yaml, missing.yaml]\nservices:\n  a:\n    image: mine\n',
      'a.yaml': 'include: [compose.yaml]\nservices:\n  a:\n    image: theirs\n',
    });
    const ids = load(['compose.yaml'], host).diagnostics.map((d) => d.ruleId).sort();
    expect(ids).toEqual(['loader/file', 'loader/include-conflict', 'loader/include-cycle']);
  });
});

describe('loadProject: bad input gives diagnostics, never a throw', () => {
  it.each([
    ['a -f that is a directory', { 'dir/x.yaml': 'services: {}\n' }, ['dir'], 'loader/file', 'is a directory'],
    ['a missing -f file', {}, ['nope.yaml'], 'loader/file', 'not found'],
    ['a required variable unset', { 'compose.yaml': 'services:\n  a:\n    image: ${IMG:?set IMG}\n' }, ['compose.yaml'], 'interpolate/required', 'set IMG'],
    ['no file at all', {}, [], 'loader/file', 'no compose file'],
    ['a bad port', { 'compose.yaml': 'services:\n  a:\n    image: x\n    ports: ["a:b"]\n' }, ['compose.yaml'], 'loader/port', 'invalid'],
  ])('%s', (_name, files, names, ruleId, text) => {
    const r = load(names, at(files));
    if (ruleId === 'loader/file') expect(r.diagnostics.map((x) => x.ruleId)).toEqual([ruleId]);
    const d = r.diagnostics.find((x) => x.ruleId === ruleId);
    expect(d?.message).toContain(text);
    expect(d?.severity).toBe('error');
  });

  it('names the override that writes a list where the base has a mapping', () => {
    const r = load(
      ['compose.yaml', 'prod.yaml'],
      at({
        'compose.yaml': 'services:\n  web:\n    image: x\n    deploy:\n      replicas: 2\n',
        'prod.yaml': 'services:\n  web:\n    deploy: [oops]\n',
      }),
    );
    expect(r.diagnostics).toMatchObject([
      { ruleId: 'merge/type', file: 'prod.yaml', line: 3, path: '/services/web/deploy', severity: 'error' },
    ]);
  });

  it('rejects an invalid project name', () => {
    const r = load(['compose.yaml'], at({ 'compose.yaml': 'name: My App\nservices: {}\n' }));
    expect(r.diagnostics).toMatchObject([{ ruleId: 'loader/project-name', file: 'compose.yaml', line: 1 }]);
  });
});

describe('loadProject: warnings docker compose does not give', () => {
  const host = at({
    'compose.yaml':
      'services:\n  db:\n    image: mysql\n    environment:\n      MYSQL_PASSWORD: pa$word\n      TAG: ${TAG}\n      OK: ${SET}\n      PORT: $PORT:80\n  web:\n    image: x\n    command: python manage.py migrate && python manage.py runserver\n',
  }, { SET: 'yes' });
  const r = load(['compose.yaml'], host);

  it('flags an eaten dollar, an unset variable and a cut command, with file and line', () => {
    expect(r.diagnostics.map((d) => [d.ruleId, d.file, d.line, d.severity])).toEqual([
      ['loader/dollar-eaten', 'compose.yaml', 5, 'warning'],
      ['loader/unset-variable', 'compose.yaml', 6, 'warning'],
      ['loader/unset-variable', 'compose.yaml', 8, 'warning'],
      ['loader/command-split', 'compose.yaml', 11, 'warning'],
    ]);
    expect(r.diagnostics[3]?.message).toContain('"&& python manage.py runserver" is dropped');
  });

  it('lists the variables the files read', () => {
    expect(r.variables.map((v) => [v.name, v.required, v.locations.map((l) => l.line)])).toEqual([
      ['PORT', false, [8]],
      ['SET', false, [7]],
      ['TAG', false, [6]],
      ['word', false, [5]],
    ]);
    const raw = load(['compose.yaml'], host, { files: [], interpolate: false });
    expect(raw.variables.map((v) => v.name)).toEqual(['PORT', 'SET', 'TAG', 'word']);
    expect(raw.diagnostics.map((d) => d.ruleId)).toEqual(['loader/command-split']);
    expect(raw.model.services).toMatchObject({ db: { environment: { MYSQL_PASSWORD: 'pa$word', TAG: '${TAG}' } } });
    expect(listVariables([parse('a: ${A:-x}\nb: ${B:?e}\n')])).toEqual([
      { name: 'A', default: 'x', required: false, locations: [expect.objectContaining({ line: 1 })] },
      { name: 'B', required: true, locations: [expect.objectContaining({ line: 2 })] },
    ]);
  });
});

describe('findComposeFiles', () => {
  it('takes the first default name and the first override, searching parent directories', () => {
    const host = at({ 'docker-compose.yml': '', 'compose.yml': '', 'docker-compose.override.yaml': '', 'compose.override.yml': '' });
    expect(findComposeFiles('/p/sub/dir', host)).toEqual(['/p/compose.yml', '/p/compose.override.yml']);
    expect(findComposeFiles('/elsewhere', at({}))).toEqual([]);
  });
});
